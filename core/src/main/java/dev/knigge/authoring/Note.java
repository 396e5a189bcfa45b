package dev.knigge.authoring;

import dev.knigge.advice.Evidence;
import java.util.List;
import java.util.Map;

/**
 * What note analysis derived from the note's text (each may be overridden by the request's
 * {@code declared} answers); readings that combine the note with the recipient's profile, such
 * as {@code mentionsProfile} and {@code personalized}, are on {@link Derived}. Without a note,
 * {@code present} is false and every derived fact false. When the note's language has no lexicon, {@code readable} is false and every fact that
 * needs reading is {@code null}, so rules that test it stay silent.
 *
 * @param present a note that is not blank
 * @param language ISO 639-1 code of the note (given, or detected), or {@code null}
 * @param readable the policy has a lexicon for the language, so the wording could be judged
 * @param length characters (code points)
 * @param defaultInvitation the platform's default invitation text, in English or German
 * @param defaultRecommendationRequest contains the platform's default recommendation request
 * @param salutationName the name in the greeting ("Hallo Herr Krause," gives Krause), or {@code null}
 * @param wrongName the greeting's name is neither the recipient's first nor last name (a short form of the
 *        first name counts as right), or the greeting holds an unfilled mail-merge field ({@code {{first_name}}})
 * @param titleUsed the greeting carries the recipient's highest academic title ("Herr Prof. X" for a "Prof. Dr.")
 * @param greetsBySurname the greeting's name is the recipient's last name ("Guten Tag Frau Sommer,")
 * @param usesDu German informal address (du, dich, dir, dein…) outside quotes
 * @param statesPurpose says why now and what is wanted
 * @param statesContext says how they know each other, what they share, or why this person: their work (a post,
 *        talk, project), a shared event, person, group, employer or school, a detail of their profile
 * @param containsPitch sells something
 * @param bigAsk a job or referral ({@code asksForJob}), a long or urgent call, feedback on own work
 * @param asksForJob asks for a job, an internship or a referral, or to be kept in mind for one
 * @param specifics names a concrete role, project, period or skill
 * @param givesOut offers an easy way to say no
 * @param offersReciprocity offers to return the favour
 * @param saysWhyFits says why the group or discussion fits this person
 * @param asksIntermediaryToCheck asks the intermediary to check with the target first
 * @param introducesSelf says who the sender is ("My name is…", "I'm a student in…", "Als Einkaufsleiter…")
 * @param pressure pushes for an answer ("finally", "ASAP", "still waiting", "endlich")
 * @param asksQuestion asks the reader something: a question that is not small talk ("How are you?")
 * @param personalAdvance makes a personal advance: remarks on their looks or photo, asks them out
 *        ("you have a beautiful smile", "would you go out with me?", "wunderschön bist du")
 * @param spans the text behind each detected fact, keyed by the fact's name (also {@code mentionsProfile}: the
 *        recipient's profile words the note names)
 */
public record Note(boolean present, String language, boolean readable, int length, Boolean defaultInvitation,
                   Boolean defaultRecommendationRequest, String salutationName, Boolean wrongName,
                   Boolean titleUsed, Boolean greetsBySurname, Boolean usesDu, Boolean statesPurpose, Boolean statesContext,
                   Boolean containsPitch, Boolean bigAsk, Boolean asksForJob, Boolean specifics, Boolean givesOut,
                   Boolean offersReciprocity, Boolean saysWhyFits, Boolean asksIntermediaryToCheck,
                   Boolean introducesSelf, Boolean pressure, Boolean asksQuestion, Boolean personalAdvance,
                   Map<String, List<Evidence>> spans) {

    /** The spans behind a detected fact, or an empty list. */
    public List<Evidence> spans(String fact) {
        return spans.getOrDefault(fact, List.of());
    }

    /** Leaves out the spans, which repeat the note's text. */
    @Override
    public String toString() {
        return "Note[present=" + present + ", language=" + language + ", readable=" + readable + ", length=" + length
                + ", defaultInvitation=" + defaultInvitation
                + ", defaultRecommendationRequest=" + defaultRecommendationRequest
                + ", salutationName=" + (salutationName == null ? null : "\"" + salutationName + "\"")
                + ", wrongName=" + wrongName + ", titleUsed=" + titleUsed + ", greetsBySurname=" + greetsBySurname
                + ", usesDu=" + usesDu
                + ", statesPurpose=" + statesPurpose + ", statesContext=" + statesContext
                + ", containsPitch=" + containsPitch + ", bigAsk=" + bigAsk + ", asksForJob=" + asksForJob
                + ", specifics=" + specifics
                + ", givesOut=" + givesOut + ", offersReciprocity=" + offersReciprocity
                + ", saysWhyFits=" + saysWhyFits + ", asksIntermediaryToCheck=" + asksIntermediaryToCheck
                + ", introducesSelf=" + introducesSelf + ", pressure=" + pressure + ", asksQuestion=" + asksQuestion
                + ", personalAdvance=" + personalAdvance + "]";
    }
}
