/**
 * The JSON formats of Knigge: {@link dev.knigge.json.RequestJson} reads and writes requests in
 * the request format v1 (one object per document, or one per line as NDJSON), and
 * {@link dev.knigge.json.AdviceJson} writes advice in the advice format v1 and reads it back;
 * {@link dev.knigge.json.CampaignJson} writes a campaign audit's report.
 * Both stream with Jackson's core parser, no data binding. JSON Schemas for both formats ship as
 * resources: {@code knigge/schema/request-v1.schema.json} and {@code knigge/schema/advice-v1.schema.json}.
 *
 * <p>Bad input is an {@link dev.knigge.request.InvalidRequestException} whose message names the JSON
 * path: {@code $.relationship.knowsEachOther: unknown field (did you mean "knowEachOther"?)}.
 * Every class here is thread-safe.
 */
package dev.knigge.json;
