import { ConversationState, type StoreItem, type TurnContext } from 'botbuilder';

/** Per-turn cache slot of the loaded state (botbuilder keeps its own slot private). */
const SLOT = Symbol('unhashedConversationState');

/**
 * botbuilder's ConversationState — same storage keys, same Storage interface, last-write-wins (`eTag: '*'`) —
 * without its change detection: botbuilder hashes the whole state (a JSON walk plus SHA-256) on load, before
 * saving and after saving, on every turn. This bot knows when it changed the state, so it saves with
 * `saveChanges(context, true)` and nothing needs hashing.
 */
export class UnhashedConversationState extends ConversationState {
  override async load(context: TurnContext, force = false): Promise<StoreItem> {
    const cached = context.turnState.get(SLOT) as StoreItem | undefined;
    if (cached && !force) return cached;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state: StoreItem = items[key] ?? {};
    context.turnState.set(SLOT, state);
    return state;
  }

  /** Writes the loaded state when `force` is true; without `force` there is nothing known to have changed. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = context.turnState.get(SLOT) as StoreItem | undefined;
    if (!force || !state) return;
    state.eTag = '*';
    await this.storage.write({ [await this.storageKey(context)]: state });
  }

  override get(context: TurnContext): StoreItem | undefined {
    return context.turnState.get(SLOT) as StoreItem | undefined;
  }

  override clear(context: TurnContext): Promise<void> {
    context.turnState.set(SLOT, {});
    return Promise.resolve();
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(SLOT);
    await this.storage.delete([await this.storageKey(context)]);
  }
}
