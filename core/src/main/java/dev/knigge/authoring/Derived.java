package dev.knigge.authoring;

import java.util.Set;

/**
 * The norms' derived readings of one request (docs/norms.md#words-the-conditions-use), computed once in Java before any rule
 * runs, so that conditions stay short and read like the norm: {@code Derived( stranger, basis == false )}.
 * They combine the request's parts with each other and with the note's analysis; what is known
 * from the request alone is on the request's own values ({@code ReviewRequest}, {@code Relationship},
 * …) and what the note's text says is on {@link Note}. A reading that hangs on something the request
 * left unknown is {@code null}, so a rule that tests it stays silent.
 *
 * @param stranger they don't know each other and never interacted: {@code !knowEachOther && interactions == 0}
 *        of the relationship
 * @param acquainted {@code !stranger}: where a norm says "acquainted" or "not acquainted", this is what it means
 * @param followUp a message or InMail that follows up an unanswered one of the same type
 *        ({@code unansweredSameType > 0}): the earlier message, with its context and purpose, stands right above it
 * @param overlap {@link #allTopics()} meets the recipient's interests, industry or groups, or the note names one of
 *        them ({@link #mentionsProfile()}); {@code null} when the recipient's profile is unknown
 *        ({@link #profileKnown()} false)
 * @param basis {@code mutualContacts > 0 || sharedGroups > 0 || overlap}; {@code null} when nothing is shared and
 *        the overlap is unknown
 * @param profileKnown anything of the recipient's profile (industry, interests, groups) is known
 * @param allTopics what the request is about, normalised as topics are compared: {@code topics ∪ group.topics ∪
 *        {skill}}, each as its words in lower case joined by single spaces; empty when it names none
 * @param mentionsProfile the note names one of the recipient's interests, their industry or one of their groups;
 *        false without a note
 * @param personalized the note greets the recipient by their right name and names a detail of their profile or
 *        shared history ({@code statesContext} or {@link #mentionsProfile()}); {@code null} when the request gives
 *        no name to check the greeting against, or the note's language cannot be read
 * @param salutationTitle the part of the recipient's title that belongs in a German salutation: Dr. and Prof.
 *        (Germany, Switzerland, unknown country), every academic title in Austria; {@code null} for none
 * @param greeting how a note in the note's language greets the recipient, for suggestions that show their own
 *        name rather than an invented one: in German formally, with the title that belongs and without guessing
 *        Herr or Frau ("Guten Tag Dr. Thomas Wagner,"), otherwise by first name ("Hi Thomas,", or "Dear Dr.
 *        Wagner," when only the surname and a title are known); {@code null} when the request gives too little of
 *        their name
 * @param subjectLength the subject's length in characters (code points); 0 without one
 * @param hasHeadline the requester's profile has a headline; {@code null} when unknown
 */
public record Derived(boolean stranger, boolean acquainted, boolean followUp, Boolean overlap, Boolean basis,
                      boolean profileKnown, Set<String> allTopics, boolean mentionsProfile, Boolean personalized,
                      String salutationTitle, String greeting, int subjectLength, Boolean hasHeadline) {

    public Derived {
        allTopics = Set.copyOf(allTopics);
    }
}
