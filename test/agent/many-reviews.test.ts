import { describe, expect, it } from 'vitest';
import { createReviewSkill } from '../../src/agent/review-skill.js';
import type { Answer } from '../../src/core/answer.js';
import { emptyContext } from '../../src/core/ask-context.js';
import { toQuestion } from '../../src/core/question.js';
import { openDatabase } from '../../src/store/sqlite-database.js';
import { SqliteReviewStore } from '../../src/store/sqlite-review-store.js';

const answer = (text: string): Answer => ({
  question: text,
  kind: 'knowledge',
  text: `${text} [1]`,
  confidence: 0.8,
  citations: [{ n: 1, title: 'Source', url: 'https://example.org/s' }],
});

describe('reused reviews with 20,000 reviews in the store', () => {
  it('finds the reviewed answer for the same and a close question, through indexes (no scan of every review per review)', async () => {
    const db = openDatabase(':memory:');
    const stores = { reviews: new SqliteReviewStore(db) };
    const words = ['centre', 'antenne', 'formation', 'candidature', 'calendrier', 'jury', 'financement', 'diplome', 'region', 'commune'];
    for (let i = 0; i < 20_000; i += 1) {
      const question = `question numero ${i} sur ${words[i % 10]} et ${words[(i * 7) % 10]} du cnam`;
      await stores.reviews.record({ action: i % 5 === 0 ? 'reject' : 'approve', agentId: 'a', question, finalText: `${question} [1]`, originalAnswer: answer(question), citations: answer(question).citations });
    }
    await stores.reviews.record({ action: 'edit', agentId: 'mdupont', question: 'Quand ouvre le centre de Dole ?', finalText: 'Réponse relue [1]', originalAnswer: answer('x'), citations: answer('x').citations });

    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM reviews w WHERE w.withdraws_review_id = 1`).all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX reviews_withdraws/);

    const skill = createReviewSkill(stores.reviews);
    const same = await skill.answer(toQuestion('Quand ouvre le centre de Dole ?', emptyContext));
    expect(same).toMatchObject({ text: 'Réponse relue [1]', reviewed: { by: 'mdupont' } });
    const close = await skill.answer(toQuestion('Quand ouvre donc le centre de Dole ?', emptyContext));
    expect(close?.text).toBe('Réponse relue [1]');
    expect(await skill.answer(toQuestion("Quand n'ouvre pas le centre de Dole ?", emptyContext))).toBeNull();
    const reused = await skill.answer(toQuestion('question numero 12 sur formation et calendrier du cnam', emptyContext));
    expect(reused?.text).toBe('question numero 12 sur formation et calendrier du cnam [1]');
    expect(await skill.answer(toQuestion('question numero 10 sur centre et centre du cnam', emptyContext))).toBeNull(); // rejected
    db.close();
  }, 60_000);
});
