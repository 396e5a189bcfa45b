/**
 * Knigge as an HTTP service: {@link dev.knigge.server.KniggeServer} serves the review API, Prometheus
 * metrics and the compose page on the JDK's {@code com.sun.net.httpserver}. Everything in
 * {@code dev.knigge.server.internal} is not API.
 */
package dev.knigge.server;
