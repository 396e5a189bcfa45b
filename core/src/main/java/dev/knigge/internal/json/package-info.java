/**
 * The streaming JSON codec behind {@link dev.knigge.json}: a shared Jackson factory with
 * Knigge's limits, a cursor that reads typed values and names
 * every problem by its JSON path, the request and advice decoders and encoders, and the NDJSON
 * line splitters. No trees and no reflection: every field is read by hand.
 *
 * <p>Not API: this package may change in any release.
 */
package dev.knigge.internal.json;
