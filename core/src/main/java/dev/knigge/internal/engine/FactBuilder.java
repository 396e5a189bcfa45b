package dev.knigge.internal.engine;

import dev.knigge.RequestType;
import dev.knigge.ReviewRequest;
import dev.knigge.authoring.Activity;
import dev.knigge.authoring.Group;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Recipient;
import dev.knigge.authoring.Relationship;
import dev.knigge.authoring.Request;
import dev.knigge.authoring.Requester;
import dev.knigge.internal.note.Topics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a request and its analysed note into the facts rules see, with the norms' derived readings. */
final class FactBuilder {
    private FactBuilder() {}

    static Request request(ReviewRequest request) {
        List<String> all = new ArrayList<>(request.topics());
        if (request.group() != null) {
            all.addAll(request.group().topics());
        }
        if (request.skill() != null) {
            all.add(request.skill());
        }
        String subject = request.subject();
        int subjectLength = subject == null ? 0 : subject.codePointCount(0, subject.length());
        return new Request(request.type(), request.platform(), request.topics(), request.skill(), subject,
                subjectLength, Set.copyOf(Topics.normalize(all)));
    }

    static Requester requester(ReviewRequest request) {
        dev.knigge.Requester requester = request.requester();
        String headline = requester.headline();
        Boolean hasHeadline = headline == null ? null : !headline.isEmpty();
        return new Requester(headline, hasHeadline, requester.hasPhoto(), requester.account(), requester.recruiter());
    }

    /**
     * @param noteLanguage the note's language (given or detected), or {@code null}: it decides the form
     *        of {@link Recipient#greeting()}
     */
    static Recipient recipient(ReviewRequest request, String noteLanguage) {
        dev.knigge.Recipient recipient = request.recipient();
        boolean profileKnown = recipient.industry() != null || !recipient.interests().isEmpty()
                || !recipient.groups().isEmpty();
        String country = recipient.country();
        String salutationTitle = salutationTitle(recipient.title(), country);
        return new Recipient(recipient.firstName(), recipient.lastName(), recipient.title(), country,
                recipient.languages(), recipient.industry(), List.copyOf(Topics.normalize(recipient.interests())),
                List.copyOf(Topics.normalize(recipient.groups())), recipient.acceptsInMail(),
                recipient.acceptsGroupInvites(), profileKnown, salutationTitle,
                greeting(recipient, salutationTitle, noteLanguage));
    }

    /**
     * The greeting a note in its language would use for the recipient. German: "Guten Tag Dr. Thomas
     * Wagner,", the title that belongs in a German salutation and the full name: the request says
     * nothing of Herr or Frau, and the full name is the form German style guides give for an unknown
     * gender. Otherwise "Hi Thomas,", or "Dear Dr. Wagner," with only a surname and a title.
     */
    static String greeting(dev.knigge.Recipient recipient, String salutationTitle, String noteLanguage) {
        String first = recipient.firstName();
        String last = recipient.lastName();
        if ("de".equals(noteLanguage)) {
            if (last == null) {
                return first == null ? null : "Hallo " + first + ",";
            }
            return "Guten Tag " + (salutationTitle == null ? "" : salutationTitle + " ")
                    + (first == null ? "" : first + " ") + last + ",";
        }
        if (first != null) {
            return "Hi " + first + ",";
        }
        return last != null && recipient.title() != null ? "Dear " + recipient.title() + " " + last + "," : null;
    }

    /** Dr. and Prof. belong in a German salutation; in Austria every academic title does (norms, DE-TITLE). */
    static String salutationTitle(String title, String country) {
        if (title == null) {
            return null;
        }
        if ("AT".equals(country)) {
            return title;
        }
        List<String> kept = new ArrayList<>();
        for (String part : title.split("\\s+")) {
            String word = part.toLowerCase(Locale.ROOT).replace(".", "");
            if (word.equals("dr") || word.equals("doktor") || word.startsWith("prof")) {
                kept.add(part);
            }
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    static Relationship relationship(ReviewRequest request, Recipient recipient, Request fact, Note note) {
        dev.knigge.Relationship r = request.relationship();
        boolean stranger = !r.knowEachOther() && r.interactions() == 0;
        Boolean overlap = null;
        if (recipient.profileKnown()) {
            Set<String> profile = new LinkedHashSet<>(recipient.interests());
            profile.addAll(recipient.groups());
            if (recipient.industry() != null) {
                profile.add(Topics.normalize(recipient.industry()));
            }
            overlap = Topics.meet(fact.allTopics(), profile) || Boolean.TRUE.equals(note.mentionsProfile());
        }
        Boolean basis = r.mutualContacts() > 0 || r.sharedGroups() > 0 ? Boolean.TRUE : overlap;
        boolean followUp = r.unansweredSameType() > 0
                && (fact.type() == RequestType.MESSAGE || fact.type() == RequestType.INMAIL);
        return new Relationship(r.degree(), r.knowEachOther(), r.workedTogether(), r.interactions(), r.mutualContacts(),
                r.sharedGroups(), r.connectedDays(), r.lastContactMonths(), r.addressForm(), r.optedOut(),
                r.unansweredSameType(), r.daysSinceLastSameType(), r.withdrawnDaysAgo(), stranger, !stranger,
                followUp, overlap, basis);
    }

    static Activity activity(ReviewRequest request) {
        dev.knigge.Activity a = request.activity();
        return new Activity(a.similarSentLast7Days() == null ? 0 : a.similarSentLast7Days(),
                a.sameNoteRecipients() == null ? 1 : a.sameNoteRecipients(), a.pendingInvitations(),
                a.acceptanceRate(), a.restricted(), a.inMailCredits());
    }

    static Group group(ReviewRequest request) {
        dev.knigge.Group g = request.group();
        return g == null ? null : new Group(g.name(), g.topics(), g.posts(), g.requesterIsMember(),
                g.recipientIsMember(), g.lastInviteDaysAgo());
    }
}
