/**
 * The campaign audit behind {@link dev.knigge.Advisor#audit}: note normalisation, the template
 * index with its near-duplicate clustering (word shingles, MinHash, LSH), the two passes over the
 * campaign, and the report. Not API: use {@link dev.knigge.audit}.
 */
package dev.knigge.internal.audit;
