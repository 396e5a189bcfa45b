package dev.knigge.rules;

import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.Requester;
import dev.knigge.request.SenderAnswers;

/** People and relationships the rule tests share, so each test only spells out what it is about. */
final class Fixtures {
    private Fixtures() {}

    /** An English-speaking UX researcher in e-commerce. */
    static Recipient.Builder priya() {
        return Recipient.builder().firstName("Priya").lastName("Shah").languages("en")
                .industry("e-commerce").interests("ux-research");
    }

    /** A supply-chain manager in logistics who reads English. */
    static Recipient.Builder anna() {
        return Recipient.builder().firstName("Anna").lastName("Schmidt").languages("en")
                .industry("logistics").interests("supply-chain");
    }

    /** A German IT consultant interested in usability and the web. */
    static Recipient.Builder krause() {
        return Recipient.builder().firstName("Stefan").lastName("Krause").languages("de", "en")
                .industry("it-consulting").interests("usability", "web");
    }

    /** Someone about whom nothing is known but the name. */
    static Recipient.Builder nameOnly() {
        return Recipient.builder().firstName("Omar").lastName("Haddad");
    }

    /** Outside each other's network, never in touch, nothing shared. */
    static Relationship.Builder strangers() {
        return Relationship.builder();
    }

    /** A 1st-degree contact who once exchanged a few messages, but they never met. */
    static Relationship.Builder acquaintance() {
        return Relationship.builder().degree(1).interactions(3).connectedDays(400);
    }

    /** A former teammate, connected for years. */
    static Relationship.Builder formerColleague() {
        return Relationship.builder().degree(1).knowEachOther(true).workedTogether(true).interactions(20)
                .mutualContacts(35).connectedDays(900);
    }

    /** A requester with photo and headline. */
    static Requester.Builder requester() {
        return Requester.builder().name("Tom Becker").headline("Product designer");
    }

    static SenderAnswers.Builder declared() {
        return SenderAnswers.builder();
    }

    /** An English note of exactly this many characters (code points). */
    static String englishText(int length) {
        String sentence = "We met at the product meetup in Berlin and talked about research. ";
        StringBuilder out = new StringBuilder("Hi Priya, ");
        while (out.length() < length) {
            out.append(sentence);
        }
        return out.substring(0, length);
    }
}
