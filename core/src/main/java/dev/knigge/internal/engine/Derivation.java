package dev.knigge.internal.engine;

import dev.knigge.authoring.Derived;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.internal.note.Topics;
import dev.knigge.request.Activity;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The derive step of a review, and the one place the norms' readings are computed: the note's
 * analysis ({@link Note}) and every derived reading ({@link Derived}: stranger, overlap, basis,
 * greeting, …) from the request's own values, once per review, before any rule runs. The rules see
 * the request's values themselves; the only change made to them is the {@link Activity} the
 * format's defaults fill in ({@code similarSentLast7Days} 0 and {@code sameNoteRecipients} 1 when
 * the request does not give them), so that a count is never {@code null} in a condition.
 * Immutable and thread-safe.
 */
public final class Derivation {
    private final NoteAnalyzer analyzer;
    private final Parameters parameters;

    Derivation(NoteAnalyzer analyzer, Parameters parameters) {
        this.analyzer = analyzer;
        this.parameters = parameters;
    }

    NoteAnalyzer analyzer() {
        return analyzer;
    }

    Parameters parameters() {
        return parameters;
    }

    ReviewFacts derive(ReviewRequest request) {
        NoteAnalyzer.Analysis analysis = analyzer.analyze(request);
        Note note = analysis.note();
        ReviewRequest reviewed = withActivityDefaults(request);
        return new ReviewFacts(reviewed, derived(reviewed, note, analysis.mentionsProfile()), note, parameters,
                analysis.unchecked());
    }

    /** The request with its activity's unknown counts read as the format's defaults: 0 sent before, 1 recipient. */
    static ReviewRequest withActivityDefaults(ReviewRequest request) {
        Activity activity = request.activity();
        if (activity.similarSentLast7Days() != null && activity.sameNoteRecipients() != null) {
            return request;
        }
        Activity.Builder filled = activity.toBuilder();
        if (activity.similarSentLast7Days() == null) {
            filled.similarSentLast7Days(0);
        }
        if (activity.sameNoteRecipients() == null) {
            filled.sameNoteRecipients(1);
        }
        return request.toBuilder().activity(filled.build()).build();
    }

    /** Every derived reading of a request whose note was analysed. */
    static Derived derived(ReviewRequest request, Note note, boolean mentionsProfile) {
        Relationship r = request.relationship();
        Recipient recipient = request.recipient();
        boolean stranger = stranger(r);
        Set<String> allTopics = allTopics(request);
        Boolean overlap = overlap(recipient, allTopics, mentionsProfile);
        Boolean basis = r.mutualContacts() > 0 || r.sharedGroups() > 0 ? Boolean.TRUE : overlap;
        boolean followUp = r.unansweredSameType() > 0
                && (request.type() == RequestType.MESSAGE || request.type() == RequestType.INMAIL);
        String salutationTitle = salutationTitle(recipient.title(), recipient.country());
        String subject = request.subject();
        String headline = request.requester().headline();
        return new Derived(stranger, !stranger, followUp, overlap, basis, profileKnown(recipient), allTopics,
                mentionsProfile, personalized(note, mentionsProfile), salutationTitle,
                greeting(recipient, salutationTitle, note.language()),
                subject == null ? 0 : subject.codePointCount(0, subject.length()),
                headline == null ? null : !headline.isEmpty());
    }

    /** A stranger, as the norms read it: they don't know each other and never interacted. */
    public static boolean stranger(Relationship relationship) {
        return !relationship.knowEachOther() && relationship.interactions() == 0;
    }

    /** Normalised {@code topics ∪ group.topics ∪ {skill}}: what the overlap compares with the profile. */
    static Set<String> allTopics(ReviewRequest request) {
        List<String> all = new ArrayList<>(request.topics());
        if (request.group() != null) {
            all.addAll(request.group().topics());
        }
        if (request.skill() != null) {
            all.add(request.skill());
        }
        return Set.copyOf(Topics.normalize(all));
    }

    /**
     * Whether the request's topics meet the recipient's profile (interests, industry, groups), or
     * the note names one of them; {@code null} when the profile is unknown.
     *
     * @param mentionsProfile whether the note names part of the recipient's profile
     */
    public static Boolean overlap(ReviewRequest request, boolean mentionsProfile) {
        return overlap(request.recipient(), allTopics(request), mentionsProfile);
    }

    private static Boolean overlap(Recipient recipient, Set<String> allTopics, boolean mentionsProfile) {
        if (!profileKnown(recipient)) {
            return null;
        }
        Set<String> profile = new LinkedHashSet<>(Topics.normalize(recipient.interests()));
        profile.addAll(Topics.normalize(recipient.groups()));
        if (recipient.industry() != null) {
            profile.add(Topics.normalize(recipient.industry()));
        }
        return Topics.meet(allTopics, profile) || mentionsProfile;
    }

    private static boolean profileKnown(Recipient recipient) {
        return recipient.industry() != null || !recipient.interests().isEmpty() || !recipient.groups().isEmpty();
    }

    /**
     * Greets by the right name and names a detail of the recipient's profile or shared history;
     * {@code null} when there is no name to check the greeting against, or the note cannot be read.
     */
    public static Boolean personalized(Note note, boolean mentionsProfile) {
        Boolean wrongName = note.wrongName();
        if (wrongName == null) {
            return null;
        }
        return note.salutationName() != null && !wrongName
                && (Boolean.TRUE.equals(note.statesContext()) || mentionsProfile);
    }

    /**
     * The greeting a note in its language would use for the recipient. German: "Guten Tag Dr. Thomas
     * Wagner,", the title that belongs in a German salutation and the full name: the request says
     * nothing of Herr or Frau, and the full name is the form German style guides give for an unknown
     * gender. Otherwise "Hi Thomas,", or "Dear Dr. Wagner," with only a surname and a title.
     */
    static String greeting(Recipient recipient, String salutationTitle, String noteLanguage) {
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
}
