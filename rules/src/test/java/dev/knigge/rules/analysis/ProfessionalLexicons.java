package dev.knigge.rules.analysis;

import dev.knigge.authoring.Note;
import dev.knigge.internal.note.Lexicon;
import dev.knigge.internal.note.Lexicons;
import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in professional policy's lexicons, compiled once, and a way to read a note's true facts. */
final class ProfessionalLexicons {
    private ProfessionalLexicons() {}

    static final List<PolicyException.Problem> PROBLEMS = new ArrayList<>();
    static final Map<String, Lexicon> LEXICONS;
    static final NoteAnalyzer ANALYZER;

    static {
        ClassLoader loader = ProfessionalLexicons.class.getClassLoader();
        LEXICONS = Lexicons.compile(new PolicyResolver(loader).resolve(PolicyFolder.builtIn("professional", loader)),
                PROBLEMS);
        ANALYZER = new NoteAnalyzer(LEXICONS);
    }

    static NoteAnalyzer.Analysis analyze(NoteCase c) {
        return ANALYZER.analyze(request(c));
    }

    /** The message a case's note is read in, to its recipient. */
    static ReviewRequest request(NoteCase c) {
        Recipient.Builder recipient = Recipient.builder();
        if (c.firstName() != null) {
            recipient.firstName(c.firstName());
        }
        if (c.lastName() != null) {
            recipient.lastName(c.lastName());
        }
        if (c.recipientTitle() != null) {
            recipient.title(c.recipientTitle());
        }
        if (c.country() != null) {
            recipient.country(c.country());
        }
        ReviewRequest.Builder request = ReviewRequest.builder(RequestType.MESSAGE).note(c.note()).recipient(recipient.build());
        if (c.skill() != null) {
            request.skill(c.skill());
        }
        return request.build();
    }

    static Note analyze(String note) {
        return ANALYZER.analyze(ReviewRequest.builder(RequestType.MESSAGE).note(note).build()).note();
    }

    /** The facts of {@link NoteCase#FACTS} that are true. */
    static Set<String> trueFacts(Note n) {
        Set<String> facts = new LinkedHashSet<>();
        add(facts, "default-invitation", n.defaultInvitation());
        add(facts, "default-recommendation", n.defaultRecommendationRequest());
        add(facts, "wrong-name", n.wrongName());
        add(facts, "title-used", n.titleUsed());
        add(facts, "du", n.usesDu());
        add(facts, "purpose", n.statesPurpose());
        add(facts, "context", n.statesContext());
        add(facts, "pitch", n.containsPitch());
        add(facts, "big-ask", n.bigAsk());
        add(facts, "specifics", n.specifics());
        add(facts, "gives-out", n.givesOut());
        add(facts, "reciprocity", n.offersReciprocity());
        add(facts, "fits", n.saysWhyFits());
        add(facts, "opt-in", n.asksIntermediaryToCheck());
        add(facts, "self-intro", n.introducesSelf());
        add(facts, "pressure", n.pressure());
        add(facts, "question", n.asksQuestion());
        add(facts, "job-ask", n.asksForJob());
        add(facts, "advance", n.personalAdvance());
        return facts;
    }

    private static void add(Set<String> facts, String name, Boolean value) {
        if (Boolean.TRUE.equals(value)) {
            facts.add(name);
        }
    }
}
