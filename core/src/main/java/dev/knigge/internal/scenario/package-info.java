/**
 * Reading scenario files, running them against an Advisor, and the JSON reports of {@code knigge
 * test}: not API. {@code knigge-junit} and the command are its clients; the values they hand on
 * are in {@link dev.knigge.scenario}.
 */
package dev.knigge.internal.scenario;
