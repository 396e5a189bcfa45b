package dev.knigge.audit;

import dev.knigge.advice.Verdict;
import dev.knigge.request.RequestType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a campaign audit found, over the requests that could be read. Shares are fractions of
 * those requests, rounded to three decimals. Immutable.
 *
 * @param requests the valid requests (invalid lines are not counted)
 * @param requesters how many requesters the requests name ({@code requester.name}, compared
 *        ignoring case and spacing; requests that name none count as one more)
 * @param verdicts requests per verdict, every verdict present, in the order SEND, REVISE, DO_NOT_SEND
 * @param types requests per request type, only the types present
 * @param rules requests per rule id that fired on them (any severity), most frequent first
 * @param strangerShare requests to strangers (they don't know each other and never interacted)
 * @param offTopicShare group and discussion invitations whose topic the recipient's known
 *        profile does not show
 * @param templateShare requests whose note goes, unchanged or as a near copy, to at least as many
 *        recipients as the policy's {@code mass.sameNote}
 * @param templates the largest clusters of near-identical notes (two requests or more), largest first
 * @param qualityScore 0..1: the share of requests that can go out as they are, a REVISE counting
 *        half and a mass-sent note nothing; 1 for a campaign with no reviewed request
 * @param conclusion one line that sums it up, in English and German
 * @param requesterGroups the figures per requester, largest first, when the requests name several; else empty
 */
public record CampaignReport(int requests, int requesters, Map<Verdict, Integer> verdicts,
                             Map<RequestType, Integer> types, Map<String, Integer> rules, double strangerShare,
                             double offTopicShare, double templateShare, List<Template> templates,
                             double qualityScore, Conclusion conclusion, List<RequesterGroup> requesterGroups) {

    /** Copies the collections, keeping their order. */
    public CampaignReport {
        verdicts = ordered(verdicts, "verdicts");
        types = ordered(types, "types");
        rules = ordered(rules, "rules");
        templates = List.copyOf(templates);
        Objects.requireNonNull(conclusion, "conclusion == null");
        requesterGroups = List.copyOf(requesterGroups);
    }

    /**
     * A note that goes to several recipients, unchanged or as a near copy.
     *
     * @param note the first request's note, with the recipient's name and profile words shown as
     *        placeholders such as {@code {firstName}}; shortened to 200 characters
     * @param size how many requests carry it
     */
    public record Template(String note, int size) {
        /** Checks the note is given. */
        public Template {
            Objects.requireNonNull(note, "note == null");
        }
    }

    /**
     * The one-line conclusion of an audit, in both languages of the built-in policies.
     *
     * @param english for example "Mass-sent: 12 of 12 requests share one note."
     * @param german for example "Massenversand: 12 von 12 Anfragen haben denselben Text."
     */
    public record Conclusion(String english, String german) {
        /** Checks both texts are given. */
        public Conclusion {
            Objects.requireNonNull(english, "english == null");
            Objects.requireNonNull(german, "german == null");
        }

        /** The German text for a German locale, else the English one. */
        public String in(Locale locale) {
            return locale != null && locale.getLanguage().equals("de") ? german : english;
        }
    }

    /**
     * The figures of one requester's requests, when a campaign names several requesters.
     *
     * @param requester the name as first written, or {@code null} for requests that name none
     * @param requests that requester's valid requests
     * @param verdicts their requests per verdict, every verdict present
     * @param strangerShare as in the report, over this requester's requests
     * @param offTopicShare as in the report, over this requester's requests
     * @param templateShare as in the report, over this requester's requests
     * @param qualityScore as in the report, over this requester's requests
     */
    public record RequesterGroup(String requester, int requests, Map<Verdict, Integer> verdicts,
                                 double strangerShare, double offTopicShare, double templateShare,
                                 double qualityScore) {
        /** Copies the verdicts, keeping their order. */
        public RequesterGroup {
            verdicts = ordered(verdicts, "verdicts");
        }
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map, String name) {
        Objects.requireNonNull(map, name + " == null");
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
