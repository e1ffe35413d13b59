import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { engines } from './engines.js';

const answer: Answer = {
  question: 'Qui peut candidater ?',
  kind: 'knowledge',
  text: 'Les villes Action cœur de ville [1].',
  confidence: 0.8,
  citations: [{ n: 1, title: 'AMI', url: 'https://www.cnam.fr/ami' }],
};

describe.each(engines())('stores on $name', (engine) => {
  describe('FeedbackStore', () => {
    it('keeps every field across a reopen, with personal data redacted in the stored row itself', async () => {
      const { stores, location } = await engine.fresh();
      await stores.feedback.record({
        reaction: 'dislike',
        text: 'Faux ! rappelez-moi au 06 12 34 56 78 ou jean@exemple.fr',
        replyToId: 'act-7',
        conversationId: 'conv-1',
        channel: 'msteams',
        question: 'Mon NIR 1 85 05 78 006 084 36, ai-je droit au CPF ?',
        answerKind: 'knowledge',
        citations: answer.citations,
        at: '2026-03-01T10:00:00.000Z',
      });
      await stores.feedback.record({ reaction: 'like', conversationId: 'conv-2', channel: 'directline', at: '2026-03-01T10:01:00.000Z' });
      await stores.close();

      const row = (await engine.rows(location, 'feedback'))[0]!;
      expect(row.text).toBe('Faux ! rappelez-moi au [téléphone] ou [courriel]');
      expect(row.question).toBe('Mon NIR [n° de sécurité sociale], ai-je droit au CPF ?');
      expect(row.folded_question).toBe('mon nir n de securite sociale ai je droit au cpf');
      expect(JSON.stringify(row)).not.toMatch(/06 12|jean@|1 85 05/);

      const reopened = await engine.reopen(location);
      expect(await reopened.feedback.list()).toEqual([
        {
          reaction: 'dislike',
          text: 'Faux ! rappelez-moi au [téléphone] ou [courriel]',
          replyToId: 'act-7',
          conversationId: 'conv-1',
          channel: 'msteams',
          question: 'Mon NIR [n° de sécurité sociale], ai-je droit au CPF ?',
          answerKind: 'knowledge',
          citations: answer.citations,
          at: '2026-03-01T10:00:00.000Z',
        },
        { reaction: 'like', conversationId: 'conv-2', channel: 'directline', at: '2026-03-01T10:01:00.000Z' },
      ]);
      await reopened.close();
    });

    it('keeps a Teams conversation id that looks like an e-mail address, and redacts what the user wrote', async () => {
      const { stores } = await engine.fresh();
      await stores.feedback.record({ reaction: 'dislike', text: 'écrivez à a.b@mairie.fr', conversationId: '19:abc123@thread.tacv2', replyToId: 'msg@1', channel: 'msteams', at: '2026-01-01T00:00:00.000Z' });
      expect(await stores.feedback.list()).toEqual([
        { reaction: 'dislike', text: 'écrivez à [courriel]', conversationId: '19:abc123@thread.tacv2', replyToId: 'msg@1', channel: 'msteams', at: '2026-01-01T00:00:00.000Z' },
      ]);
      await stores.close();
    });
  });

  describe('ReviewStore', () => {
    it('reuses the latest approve/edit per question; a reject hides it; redacts before writing', async () => {
      const { stores } = await engine.fresh();
      const edited = await stores.reviews.record({
        action: 'edit',
        agentId: 'mdupont',
        question: 'Qui peut candidater ? (demande de a@b.fr)',
        finalText: 'Les villes retenues [1]. Contact : 01 40 27 20 00',
        originalAnswer: answer,
        citations: answer.citations,
      });
      expect(edited.finalText).toBe('Les villes retenues [1]. Contact : [téléphone]');
      expect(edited.question).toBe('Qui peut candidater ? (demande de [courriel])');
      expect((await stores.reviews.reusable()).map((r) => r.id)).toEqual([edited.id]);

      await stores.reviews.record({ action: 'reject', agentId: 'x', question: 'Qui peut candidater ? (demande de a@b.fr)', finalText: answer.text, originalAnswer: answer, citations: [] });
      expect(await stores.reviews.reusable()).toEqual([]);
      expect(await stores.reviews.list()).toHaveLength(2);
      await stores.close();
    });

    it('a reject of an answer served from a review withdraws that review, even asked in other words', async () => {
      const { stores } = await engine.fresh();
      const approved = await stores.reviews.record({ action: 'approve', agentId: 'mdupont', question: 'Qui peut candidater ?', finalText: answer.text, originalAnswer: answer, citations: answer.citations });
      const served: Answer = { ...answer, question: 'Qui donc peut candidater ?', reviewed: { by: 'mdupont', at: approved.at } };
      const reject = await stores.reviews.record({ action: 'reject', agentId: 'lmartin', question: 'Qui donc peut candidater ?', finalText: answer.text, originalAnswer: served, citations: [] });
      expect(reject.withdrawsReviewId).toBe(approved.id);
      expect(await stores.reviews.reusable()).toEqual([]);
      expect((await stores.reviews.list()).map((r) => r.at)).toEqual([approved.at, reject.at]);
      await stores.close();
    });
  });

  describe('UnansweredStore', () => {
    it('records questions redacted, oldest first', async () => {
      const { stores } = await engine.fresh();
      await stores.unanswered.record({ question: 'Passeport ? 06 12 34 56 78', reason: 'fallback', kind: 'fallback', confidence: 0, at: '2026-01-01T00:00:00.000Z' });
      await stores.unanswered.record({ question: 'Financement ?', reason: 'low_confidence', kind: 'knowledge', confidence: 0.4, at: '2026-01-02T00:00:00.000Z' });
      expect(await stores.unanswered.list()).toEqual([
        { question: 'Passeport ? [téléphone]', reason: 'fallback', kind: 'fallback', confidence: 0, at: '2026-01-01T00:00:00.000Z', count: 1 },
        { question: 'Financement ?', reason: 'low_confidence', kind: 'knowledge', confidence: 0.4, at: '2026-01-02T00:00:00.000Z', count: 1 },
      ]);
      await stores.close();
    });

    it('counts a repeated question in one row, and keeps at most its cap of questions however many arrive', async () => {
      const { store, close } = await engine.cappedUnanswered(50);
      for (let i = 0; i < 3; i += 1) await store.record({ question: 'Le Cnam à Mars ?', reason: 'fallback', kind: 'fallback', confidence: 0, at: `2026-01-0${i + 1}T00:00:00.000Z` });
      for (let i = 0; i < 2_000; i += 1) await store.record({ question: `question ${i} ${'x'.repeat(2_000)}`, reason: 'fallback', kind: 'fallback', confidence: 0, at: '2026-02-01T00:00:00.000Z' });
      const rows = await store.list();
      expect(rows.length).toBe(50);
      expect(rows.find((r) => r.question === 'Le Cnam à Mars ?')).toMatchObject({ count: 3, at: '2026-01-03T00:00:00.000Z' });
      expect(Math.max(...rows.map((r) => r.question.length))).toBeLessThanOrEqual(300);
      await close();
    }, 60_000);
  });
});
