/**
 * The campaign audit: {@link dev.knigge.Advisor#audit} reviews a whole campaign (one sender's
 * planned requests) with facts only the campaign shows — how many recipients get the same note
 * or a near copy of it, and how many requests of a type go out before each one — and sums it up
 * in a {@link dev.knigge.audit.CampaignReport}.
 *
 * <pre>{@code
 * CampaignReport report = advisor.audit(Campaign.ndjson(Path.of("campaign.ndjson")), audited -> {
 *     if (audited.advice() != null && audited.advice().verdict() != Verdict.SEND) {
 *         flag(audited.line(), audited.advice());
 *     }
 * });
 * log.info(report.conclusion().in(Locale.ENGLISH));   // "Mass-sent: 12 of 12 requests share one note."
 * }</pre>
 */
package dev.knigge.audit;
