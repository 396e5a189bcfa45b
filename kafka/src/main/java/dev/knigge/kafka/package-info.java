/**
 * Knigge on Kafka Streams: {@link dev.knigge.kafka.KniggeTopology} reviews a topic of requests
 * (JSON v1, keyed by sender) with the sender's history kept as windowed state, and writes the
 * advice (JSON v1), the requests held back, and the records it could not review.
 */
package dev.knigge.kafka;
