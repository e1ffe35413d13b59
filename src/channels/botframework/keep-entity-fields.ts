import * as connectorMappers from 'botframework-connector/lib/connectorApi/models/mappers.js';

/**
 * Patch for botframework-connector 4.23.3 (botbuilder-js issue #4902; the fix, #4903, is in no release yet).
 *
 * Replies sent through the connector (Teams, Azure Direct Line, the Emulator) are serialised by
 * @azure/core-client, which serialises each item of `activity.entities` with the full `Entity` model mapper
 * (`type`, `text`, `mentioned`…) instead of the element mapper that allows additional properties. Every other
 * field of an entity — `@type`, `@context`, `@id`, `additionalType`, `citation`, `potentialAction` — is dropped,
 * so Teams shows bare `[1]` markers with no sources and no AI label.
 *
 * Declaring additional properties on the `Entity` model mapper itself (what #4903 does) keeps them. The
 * connector-path test (`test/channels/botframework/connector-path.test.ts`) asserts the JSON a local connector
 * receives, so an SDK upgrade that changes this is seen at once.
 */
export function keepEntityFields(): void {
  const entity = (connectorMappers as unknown as { Entity: { type: { additionalProperties?: unknown } } }).Entity;
  entity.type.additionalProperties ??= { type: { name: 'Object' } };
}
