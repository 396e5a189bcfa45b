/**
 * The topology's parts: the review processor, the sender's history in two window stores, the
 * dead-letter records and the metrics. Not API: public only for Knigge's own modules.
 */
package dev.knigge.kafka.internal;
