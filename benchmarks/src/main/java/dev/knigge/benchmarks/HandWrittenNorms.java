package dev.knigge.benchmarks;

import static dev.knigge.request.RequestType.CONNECTION;
import static dev.knigge.request.RequestType.DISCUSSION_INVITE;
import static dev.knigge.request.RequestType.ENDORSEMENT;
import static dev.knigge.request.RequestType.GROUP_INVITE;
import static dev.knigge.request.RequestType.INMAIL;
import static dev.knigge.request.RequestType.INTRODUCTION;
import static dev.knigge.request.RequestType.MESSAGE;
import static dev.knigge.request.RequestType.RECOMMENDATION;

import dev.knigge.advice.Advice;
import dev.knigge.authoring.Derived;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.internal.engine.Engine;
import dev.knigge.internal.engine.Outcome;
import dev.knigge.internal.engine.ReviewFacts;
import dev.knigge.internal.engine.RuleMeta;
import dev.knigge.request.Account;
import dev.knigge.request.Activity;
import dev.knigge.request.AddressForm;
import dev.knigge.request.Group;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The 39 norms of the {@code professional} policy written as plain Java: the floor the rule
 * engine is measured against. Each block is one DRL rule, in the order of the policy's files,
 * with the DRL's null semantics ({@code x == true} is false for an unknown {@code x},
 * {@code x != true} is true). It raises findings through the same {@link RuleMeta} the DRL
 * rules carry, so aggregation and rendering are the engine's own. It reads what the rules read:
 * the request's own values and the review's {@link Derived} readings and {@link Note}, from the
 * same derive step. The equivalence test keeps it honest against the DRL.
 */
public final class HandWrittenNorms {
    private static final Set<RequestType> CONNECTION_MESSAGE_INMAIL = EnumSet.of(CONNECTION, MESSAGE, INMAIL);
    private static final Set<RequestType> INVITES = EnumSet.of(GROUP_INVITE, DISCUSSION_INVITE);
    private static final Set<RequestType> PITCHABLE = EnumSet.of(CONNECTION, MESSAGE, INMAIL, GROUP_INVITE);
    private static final Set<RequestType> CAPPED = PITCHABLE;
    private static final Set<RequestType> FAVOURS = EnumSet.of(RECOMMENDATION, ENDORSEMENT, INTRODUCTION);
    private static final Set<RequestType> CONTEXT_TYPES = EnumSet.of(CONNECTION, MESSAGE, INMAIL, INTRODUCTION,
            RECOMMENDATION);
    private static final Set<RequestType> MISMATCH_TYPES = EnumSet.of(CONNECTION, MESSAGE, INMAIL, INTRODUCTION);
    private static final Set<RequestType> GREETED_TYPES = EnumSet.of(MESSAGE, INMAIL, INTRODUCTION, RECOMMENDATION);

    private final Map<String, RuleMeta> byName = new HashMap<>();

    // connection.drl
    private final RuleMeta conNoNoteStranger;
    private final RuleMeta conNoNoteStale;
    private final RuleMeta conDefaultStranger;
    private final RuleMeta conDefaultAcquaintance;
    private final RuleMeta conHealthPending;
    private final RuleMeta conHealthRate;
    private final RuleMeta conHealthRestricted;
    private final RuleMeta conWeakTie;
    // endorsement.drl
    private final RuleMeta endStranger;
    private final RuleMeta endAcquaintance;
    // german.drl
    private final RuleMeta duStranger;
    private final RuleMeta duSie;
    private final RuleMeta duUnknown;
    private final RuleMeta deTitle;
    // group.drl
    private final RuleMeta grpMismatch;
    private final RuleMeta grpMismatchUnknown;
    private final RuleMeta grpNoReason;
    private final RuleMeta grpRepeat;
    private final RuleMeta grpEmpty;
    private final RuleMeta grpEmptyMany;
    private final RuleMeta discMassTag;
    // introduction.drl
    private final RuleMeta intWeak;
    private final RuleMeta intWeakReason;
    private final RuleMeta intNoContext;
    private final RuleMeta intNoOptIn;
    // length.drl
    private final RuleMeta lengthFree;
    private final RuleMeta lengthPremium;
    private final RuleMeta lengthInMailBody;
    private final RuleMeta lengthInMailSubject;
    private final RuleMeta lengthXingGroup;
    private final RuleMeta lengthMessage;
    // message.drl
    private final RuleMeta recruiterGeneric;
    // outreach.drl
    private final RuleMeta noBasis;
    private final RuleMeta noBasisUnknown;
    private final RuleMeta noBasisInvite;
    private final RuleMeta noBasisInviteUnknown;
    private final RuleMeta bigAskJobStranger;
    private final RuleMeta bigAskNoReason;
    private final RuleMeta bigAskJobInTouch;
    private final RuleMeta bigAskJobReason;
    private final RuleMeta bigAskWithReason;
    private final RuleMeta bigAskVague;
    private final RuleMeta pitch;
    private final RuleMeta pitchPersonal;
    private final RuleMeta pitchAdvertisement;
    private final RuleMeta pitchMass;
    private final RuleMeta pitchUnrelated;
    private final RuleMeta pitchUnknown;
    private final RuleMeta requesterProfile;
    // pace.drl
    private final RuleMeta massStrangers;
    private final RuleMeta massAcquaintances;
    private final RuleMeta volumeCap;
    private final RuleMeta volumeNear;
    private final RuleMeta followupSoon;
    private final RuleMeta followupSoonOut;
    private final RuleMeta followupPushy;
    private final RuleMeta followupMany;
    private final RuleMeta followupWithdrawn;
    private final RuleMeta optedOut;
    private final RuleMeta advanceStranger;
    private final RuleMeta advanceAcquaintance;
    private final RuleMeta tooSoonFavour;
    private final RuleMeta tooSoonPitch;
    private final RuleMeta tooSoonBigAsk;
    // platform.drl
    private final RuleMeta platRecommendation;
    private final RuleMeta platLinkedInMessage;
    private final RuleMeta platXingMessage;
    private final RuleMeta platNoCredits;
    private final RuleMeta platNoInMail;
    private final RuleMeta platGroupOff;
    private final RuleMeta platNotMember;
    private final RuleMeta platAlreadyMember;
    private final RuleMeta platLinkedInGroup;
    // recommendation.drl
    private final RuleMeta recStranger;
    private final RuleMeta recNoWork;
    private final RuleMeta recDefault;
    private final RuleMeta recNoNote;
    private final RuleMeta recGeneric;
    private final RuleMeta recGenericColleague;
    private final RuleMeta recBlanket;
    private final RuleMeta recNoOut;
    private final RuleMeta recNoReciprocity;
    // wording.drl
    private final RuleMeta noPurposeStranger;
    private final RuleMeta noPurposeStrangerWhyThem;
    private final RuleMeta noPurposeAcquaintance;
    private final RuleMeta noContextStranger;
    private final RuleMeta noContextStrangerIntroduced;
    private final RuleMeta noContextStrangerSpecific;
    private final RuleMeta noContextStale;
    private final RuleMeta profileMismatch;
    private final RuleMeta profileMismatchUnknown;
    private final RuleMeta language;
    private final RuleMeta salutationWrong;
    private final RuleMeta salutationXing;
    private final RuleMeta salutationMissing;

    // The policy's parameters, read once.
    private final int staleMonths;
    private final int accountPending;
    private final double acceptanceRate;
    private final int repeatDays;
    private final int emptyPosts;
    private final int emptyWarnInvites;
    private final int discMass;
    private final int lengthFreeLimit;
    private final int lengthPremiumLimit;
    private final int inMailBodyLimit;
    private final int inMailSubjectLimit;
    private final int xingGroupLimit;
    private final int messageAdviceLimit;
    private final int massSameNote;
    private final Map<RequestType, Integer> weeklyCaps = new java.util.EnumMap<>(RequestType.class);
    private final double warnShare;
    private final int followupDays;
    private final int reinviteDays;
    private final int maxUnanswered;
    private final int tooSoonDays;
    private final int recBlanketLimit;

    /**
     * @param rules the compiled rules of the {@code professional} policy (their metadata gives ids and severities)
     * @param parameters the policy's parameters
     */
    public HandWrittenNorms(Collection<RuleMeta> rules, Parameters parameters) {
        for (RuleMeta meta : rules) {
            byName.put(meta.name(), meta);
        }
        conNoNoteStranger = rule("CON-NO-NOTE a blank invitation to a stranger");
        conNoNoteStale = rule("CON-NO-NOTE a blank invitation to an acquaintance out of touch for long");
        conDefaultStranger = rule("CON-DEFAULT-TEMPLATE the platform's default invitation to a stranger");
        conDefaultAcquaintance = rule("CON-DEFAULT-TEMPLATE the platform's default invitation to an acquaintance");
        conHealthPending = rule("CON-ACCOUNT-HEALTH many invitations still pending");
        conHealthRate = rule("CON-ACCOUNT-HEALTH few invitations accepted");
        conHealthRestricted = rule("CON-ACCOUNT-HEALTH the platform restricts the requester's invitations");
        conWeakTie = rule("CON-WEAK-TIE a reasonable invitation to someone who doesn't know you");
        endStranger = rule("END-SKILL-NOT-OBSERVED a stranger asked to endorse a skill");
        endAcquaintance = rule("END-SKILL-NOT-OBSERVED an acquaintance who never worked with you asked to endorse a skill");
        duStranger = rule("DE-DU-STRANGER du to a stranger");
        duSie = rule("DE-DU-STRANGER du although Sie was agreed");
        duUnknown = rule("DE-DU-STRANGER du to an acquaintance without knowing the address form");
        deTitle = rule("DE-TITLE a German salutation by surname leaves out the academic title");
        grpMismatch = rule("GRP-TOPIC-MISMATCH an invitation to a topic outside the recipient's interests");
        grpMismatchUnknown = rule("GRP-TOPIC-MISMATCH cannot be judged without the recipient's profile");
        grpNoReason = rule("GRP-NO-REASON a fitting invitation that does not say why it fits");
        grpRepeat = rule("GRP-REPEAT the same group invitation again within half a year");
        grpEmpty = rule("GRP-EMPTY-GROUP an invitation into an empty group");
        grpEmptyMany = rule("GRP-EMPTY-GROUP many invitations into an empty group this week");
        discMassTag = rule("DISC-MASS-TAG many discussion invitations this week");
        intWeak = rule("INT-WEAK-INTERMEDIARY an introduction asked of a stranger without saying why them");
        intWeakReason = rule("INT-WEAK-INTERMEDIARY an introduction asked of someone you don't know, with a reason");
        intNoContext = rule("INT-NO-CONTEXT the request does not say why this target and what you'd ask");
        intNoOptIn = rule("INT-NO-OPTIN the intermediary is not asked to check with the target first");
        lengthFree = rule("GEN-LENGTH a LinkedIn connection note over the free account's limit");
        lengthPremium = rule("GEN-LENGTH a LinkedIn connection note over the premium account's limit");
        lengthInMailBody = rule("GEN-LENGTH a LinkedIn InMail body over the limit");
        lengthInMailSubject = rule("GEN-LENGTH a LinkedIn InMail subject over the limit");
        lengthXingGroup = rule("GEN-LENGTH a XING group invitation over the limit");
        lengthMessage = rule("GEN-LENGTH a message longer than busy readers answer");
        recruiterGeneric = rule("MSG-RECRUITER-GENERIC recruiter outreach without a concrete role and a reason for this person");
        noBasis = rule("GEN-NO-BASIS a stranger with nothing shared and no stated reason");
        noBasisUnknown = rule("GEN-NO-BASIS cannot be judged without the recipient's profile");
        noBasisInvite = rule("GEN-NO-BASIS a stranger invited with nothing shared and no reason why it fits");
        noBasisInviteUnknown = rule("GEN-NO-BASIS cannot judge an invitation without the recipient's profile");
        bigAskJobStranger = rule("GEN-BIG-ASK a job or referral asked of a stranger without saying why them");
        bigAskNoReason = rule("GEN-BIG-ASK a call or feedback asked of someone you don't know, without a reason");
        bigAskJobInTouch = rule("GEN-BIG-ASK a job asked of someone you don't know but have been in touch with");
        bigAskJobReason = rule("GEN-BIG-ASK a job asked of someone you don't know, with a reason");
        bigAskWithReason = rule("GEN-BIG-ASK a small-enough ask of someone you don't know, with a reason");
        bigAskVague = rule("GEN-BIG-ASK a vague big ask of someone you know");
        pitch = rule("GEN-COLD-PITCH a sales pitch to someone you don't know");
        pitchPersonal = rule("GEN-COLD-PITCH one personal, asking sales message to someone you don't know");
        pitchAdvertisement = rule("GEN-COLD-PITCH an advertisement: a pitch that says nothing about them and asks nothing");
        pitchMass = rule("GEN-COLD-PITCH a mass-sent pitch to someone you don't know");
        pitchUnrelated = rule("GEN-COLD-PITCH a pitch unrelated to the recipient's profile");
        pitchUnknown = rule("GEN-COLD-PITCH cannot tell whether the pitch fits without the recipient's profile");
        requesterProfile = rule("GEN-REQUESTER-PROFILE a stranger sees a profile without photo or headline");
        massStrangers = rule("GEN-MASS-TEMPLATE the same note goes to many strangers and fits anyone");
        massAcquaintances = rule("GEN-MASS-TEMPLATE the same note goes to many acquaintances and fits anyone");
        volumeCap = rule("GEN-VOLUME at the weekly cap");
        volumeNear = rule("GEN-VOLUME near the weekly cap");
        followupSoon = rule("GEN-FOLLOWUP-PACE a nudge soon after an unanswered request");
        followupSoonOut = rule("GEN-FOLLOWUP-PACE an early nudge that gives an easy way out");
        followupPushy = rule("GEN-FOLLOWUP-PACE a pushy nudge after an unanswered request");
        followupMany = rule("GEN-FOLLOWUP-PACE another attempt after too many unanswered ones");
        followupWithdrawn = rule("GEN-FOLLOWUP-PACE a re-invite soon after withdrawing an invitation");
        optedOut = rule("GEN-OPTED-OUT the recipient already said no");
        advanceStranger = rule("GEN-PERSONAL-ADVANCE a personal advance to someone who does not know them");
        advanceAcquaintance = rule("GEN-PERSONAL-ADVANCE a personal advance to someone who knows them");
        tooSoonFavour = rule("GEN-ASK-TOO-SOON a favour right after connecting");
        tooSoonPitch = rule("GEN-ASK-TOO-SOON a pitch right after connecting");
        tooSoonBigAsk = rule("GEN-ASK-TOO-SOON a big ask right after connecting");
        platRecommendation = rule("PLAT-NOT-ELIGIBLE a recommendation or endorsement from someone not 1st-degree");
        platLinkedInMessage = rule("PLAT-NOT-ELIGIBLE a LinkedIn message to someone not 1st-degree");
        platXingMessage = rule("PLAT-NOT-ELIGIBLE a XING message to a non-contact from a Basic member");
        platNoCredits = rule("PLAT-NOT-ELIGIBLE an InMail without credits left");
        platNoInMail = rule("PLAT-NOT-ELIGIBLE an InMail to someone who does not accept InMail");
        platGroupOff = rule("PLAT-NOT-ELIGIBLE a group invitation to someone who turned them off");
        platNotMember = rule("PLAT-NOT-ELIGIBLE a group invitation from someone who is not a member");
        platAlreadyMember = rule("PLAT-NOT-ELIGIBLE a group invitation to someone who already is a member");
        platLinkedInGroup = rule("PLAT-NOT-ELIGIBLE a LinkedIn group invitation to someone not 1st-degree");
        recStranger = rule("REC-STRANGER a stranger cannot vouch for your work");
        recNoWork = rule("REC-NO-WORK-OBSERVED someone who knows you but never saw your work");
        recDefault = rule("REC-GENERIC the platform's default recommendation request");
        recNoNote = rule("REC-GENERIC a recommendation request without a note");
        recGeneric = rule("REC-GENERIC a personal request that names nothing, to someone who never worked with you");
        recGenericColleague = rule("REC-GENERIC a personal request that names nothing, to someone who saw your work");
        recBlanket = rule("REC-BLANKET many recommendation requests this week");
        recNoOut = rule("REC-NO-OUT no easy way to decline");
        recNoReciprocity = rule("REC-NO-RECIPROCITY no offer to return the favour");
        noPurposeStranger = rule("GEN-NO-PURPOSE a stranger's note says neither what is wanted nor why them");
        noPurposeStrangerWhyThem = rule("GEN-NO-PURPOSE a stranger's message says why them but not what is wanted");
        noPurposeAcquaintance = rule("GEN-NO-PURPOSE an acquaintance's note does not say what is wanted");
        noContextStranger = rule("GEN-NO-CONTEXT a stranger's note says neither why them nor who you are");
        noContextStrangerIntroduced = rule("GEN-NO-CONTEXT a stranger's note says who you are and what you want, but not why them");
        noContextStrangerSpecific = rule("GEN-NO-CONTEXT a stranger's note asks something specific, but says neither why them nor who you are");
        noContextStale = rule("GEN-NO-CONTEXT an acquaintance out of touch for long gets no reminder");
        profileMismatch = rule("GEN-PROFILE-MISMATCH a stated reason that has nothing to do with their profile");
        profileMismatchUnknown = rule("GEN-PROFILE-MISMATCH cannot be judged without the recipient's profile");
        language = rule("GEN-LANGUAGE the note is in a language the recipient's profile does not list");
        salutationWrong = rule("GEN-SALUTATION the greeting names someone else");
        salutationXing = rule("GEN-SALUTATION a XING message or contact request to a non-contact without a personal greeting");
        salutationMissing = rule("GEN-SALUTATION a message or request for a favour that does not greet by name");

        staleMonths = parameters.integer("stale.months");
        accountPending = parameters.integer("account.pending");
        acceptanceRate = parameters.decimal("account.acceptanceRate");
        repeatDays = parameters.integer("group.repeat.days");
        emptyPosts = parameters.integer("group.empty.posts");
        emptyWarnInvites = parameters.integer("group.empty.warnInvites");
        discMass = parameters.integer("disc.massTag");
        lengthFreeLimit = parameters.integer("length.connection.FREE");
        lengthPremiumLimit = parameters.integer("length.connection.PREMIUM");
        inMailBodyLimit = parameters.integer("length.inmail.body");
        inMailSubjectLimit = parameters.integer("length.inmail.subject");
        xingGroupLimit = parameters.integer("length.xing.groupInvite");
        messageAdviceLimit = parameters.integer("length.message.advice");
        massSameNote = parameters.integer("mass.sameNote");
        for (RequestType type : CAPPED) {
            weeklyCaps.put(type, parameters.weeklyCap(type));
        }
        warnShare = parameters.decimal("cap.warnShare");
        followupDays = parameters.integer("followup.days");
        reinviteDays = parameters.integer("reinvite.days");
        maxUnanswered = parameters.integer("followup.maxUnanswered");
        tooSoonDays = parameters.integer("tooSoon.days");
        recBlanketLimit = parameters.integer("rec.blanket");
    }

    private RuleMeta rule(String name) {
        RuleMeta meta = byName.get(name);
        if (meta == null) {
            throw new IllegalArgumentException("the policy has no rule named \"" + name + "\"");
        }
        return meta;
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean no(Boolean value) {
        return Boolean.FALSE.equals(value);
    }

    /**
     * A review as {@link Engine#review} does it, with these norms in place of the rule engine: the
     * same derived facts before, the same aggregation and rendering after.
     *
     * @param locale the locale asked for, or {@code null} for the request's language
     */
    public Advice review(Engine engine, ReviewRequest request, Locale locale) {
        ReviewFacts facts = engine.derive(request);
        Outcome outcome = new Outcome();
        evaluate(facts, outcome);
        return engine.advice(request, facts, outcome, locale);
    }

    /** What the DRL rules would raise and fire for these facts. */
    public void evaluate(ReviewFacts facts, Outcome out) {
        ReviewRequest request = facts.request();
        Requester requester = request.requester();
        Recipient recipient = request.recipient();
        Relationship rel = request.relationship();
        Activity activity = request.activity();
        Group group = request.group();
        Note note = facts.note();
        Derived d = facts.derived();
        RequestType type = request.type();
        Platform platform = request.platform();
        boolean linkedInOrXing = platform == Platform.LINKEDIN || platform == Platform.XING;
        boolean wording = note.present() && note.readable();
        boolean notDefault = no(note.defaultInvitation()) && no(note.defaultRecommendationRequest());
        // How to word it better is no advice for a personal advance (GEN-PERSONAL-ADVANCE).
        boolean betterWording = wording && !yes(note.personalAdvance());

        // connection.drl
        if (type == CONNECTION && !note.present()) {
            if (d.stranger()) {
                fire(out, conNoNoteStranger, request, rel, note);
            }
            if (d.acquainted() && rel.lastContactMonths() != null && rel.lastContactMonths() >= staleMonths) {
                fire(out, conNoNoteStale, request, rel, note);
            }
        }
        if (wording && yes(note.defaultInvitation())) {
            fire(out, d.stranger() ? conDefaultStranger : conDefaultAcquaintance, rel, note);
        }
        if (type == CONNECTION) {
            if (activity.pendingInvitations() >= accountPending) {
                fire(out, conHealthPending, request, activity);
            }
            if (activity.acceptanceRate() != null && activity.acceptanceRate() < acceptanceRate) {
                fire(out, conHealthRate, request, activity);
            }
            if (activity.restricted()) {
                fire(out, conHealthRestricted, request, activity);
            }
            if (!rel.knowEachOther() && yes(d.basis()) && (yes(note.statesPurpose()) || yes(note.statesContext()))
                    && no(note.containsPitch())
                    && !yes(note.defaultInvitation()) && !yes(note.defaultRecommendationRequest())) {
                fire(out, conWeakTie, request, rel, note, "mutualContacts", rel.mutualContacts());
            }
        }
        // endorsement.drl
        if (type == ENDORSEMENT) {
            if (d.stranger()) {
                fire(out, endStranger, request, rel);
            }
            if (d.acquainted() && !rel.workedTogether()) {
                fire(out, endAcquaintance, request, rel);
            }
        }
        // german.drl
        boolean germanWording = betterWording && "de".equals(note.language());
        if (germanWording && yes(note.usesDu())) {
            if (d.stranger() && rel.addressForm() != AddressForm.DU) {
                fire(out, duStranger, note, rel, recipient, "greeting", d.greeting());
            }
            if (rel.addressForm() == AddressForm.SIE) {
                fire(out, duSie, note, rel, recipient, "greeting", d.greeting());
            }
            if (d.acquainted() && rel.addressForm() == AddressForm.UNKNOWN) {
                fire(out, duUnknown, note, rel, recipient, "greeting", d.greeting());
            }
        }
        if (d.salutationTitle() != null && germanWording && yes(note.greetsBySurname())
                && no(note.titleUsed())) {
            fire(out, deTitle, recipient, note, "title", d.salutationTitle(), "lastName", recipient.lastName());
        }
        // group.drl
        if (INVITES.contains(type)) {
            if (!d.allTopics().isEmpty() && no(d.overlap())) {
                fire(out, grpMismatch, request, rel);
            }
            if (!d.allTopics().isEmpty() && d.overlap() == null) {
                fire(out, grpMismatchUnknown, request, rel);
            }
            if (yes(d.overlap()) && no(note.saysWhyFits()) && !yes(note.statesContext())) {
                fire(out, grpNoReason, request, rel, note);
            }
        }
        if (type == GROUP_INVITE && group != null) {
            if (group.lastInviteDaysAgo() != null && group.lastInviteDaysAgo() < repeatDays) {
                fire(out, grpRepeat, request, group, "days", repeatDays);
            }
            if (group.posts() != null && group.posts() < emptyPosts) {
                fire(out, grpEmpty, request, group, "posts", emptyPosts);
                if (activity.similarSentLast7Days() >= emptyWarnInvites) {
                    fire(out, grpEmptyMany, request, group, activity, "posts", emptyPosts);
                }
            }
        }
        if (type == DISCUSSION_INVITE && activity.similarSentLast7Days() >= discMass) {
            fire(out, discMassTag, request, activity, "sent", activity.similarSentLast7Days());
        }
        // introduction.drl
        if (type == INTRODUCTION) {
            if (!rel.knowEachOther()) {
                boolean reason = yes(note.statesContext()) && yes(note.specifics());
                fire(out, reason ? intWeakReason : intWeak, request, rel, note);
            }
            if (no(note.statesPurpose())) {
                fire(out, intNoContext, request, note);
            }
            if (no(note.asksIntermediaryToCheck())) {
                fire(out, intNoOptIn, request, note);
            }
        }
        // length.drl
        if (note.present()) {
            int length = note.length();
            if (platform == Platform.LINKEDIN && type == CONNECTION) {
                if (requester.account() == Account.FREE && length > lengthFreeLimit && length <= lengthPremiumLimit) {
                    fire(out, lengthFree, request, requester, note, "length", length, "limit", lengthFreeLimit);
                }
                if (length > lengthPremiumLimit) {
                    fire(out, lengthPremium, request, note, "length", length, "limit", lengthPremiumLimit);
                }
            }
            if (platform == Platform.LINKEDIN && type == INMAIL) {
                if (length > inMailBodyLimit) {
                    fire(out, lengthInMailBody, request, note, "length", length, "limit", inMailBodyLimit);
                }
                if (d.subjectLength() > inMailSubjectLimit) {
                    fire(out, lengthInMailSubject, request, note, "length", d.subjectLength(),
                            "limit", inMailSubjectLimit);
                }
            }
            if (platform == Platform.XING && type == GROUP_INVITE && length > xingGroupLimit) {
                fire(out, lengthXingGroup, request, note, "length", length, "limit", xingGroupLimit);
            }
            if ((type == MESSAGE || type == INMAIL) && length > messageAdviceLimit) {
                fire(out, lengthMessage, request, note, "length", length, "limit", messageAdviceLimit, "messageTip", true);
            }
        }
        // message.drl
        if (CONNECTION_MESSAGE_INMAIL.contains(type) && requester.recruiter()
                && (no(note.specifics()) || no(note.statesContext()))) {
            fire(out, recruiterGeneric, request, requester, note);
        }
        // outreach.drl
        boolean nothingSharedYet = d.stranger() && rel.mutualContacts() == 0 && rel.sharedGroups() == 0;
        boolean noReason = (no(note.statesPurpose()) && no(note.statesContext())) || yes(note.defaultInvitation())
                || yes(note.defaultRecommendationRequest());
        if (nothingSharedYet && CONNECTION_MESSAGE_INMAIL.contains(type) && noReason) {
            if (no(d.overlap())) {
                fire(out, noBasis, request, rel, note);
            }
            if (d.overlap() == null) {
                fire(out, noBasisUnknown, request, rel, note);
            }
        }
        if (nothingSharedYet && INVITES.contains(type) && no(note.saysWhyFits()) && no(note.statesContext())) {
            if (no(d.overlap())) {
                fire(out, noBasisInvite, request, rel, note);
            }
            if (d.overlap() == null) {
                fire(out, noBasisInviteUnknown, request, rel, note);
            }
        }
        if (CONNECTION_MESSAGE_INMAIL.contains(type) && !rel.knowEachOther()) {
            if (d.stranger() && !d.followUp() && yes(note.asksForJob()) && no(note.statesContext())) {
                fire(out, bigAskJobStranger, request, rel, note);
            }
            if (yes(note.bigAsk()) && no(note.asksForJob()) && no(note.statesContext())) {
                fire(out, bigAskNoReason, request, rel, note);
            }
            if ((!d.stranger() || d.followUp()) && yes(note.asksForJob()) && no(note.statesContext())) {
                fire(out, bigAskJobInTouch, request, rel, note);
            }
            if (yes(note.asksForJob()) && yes(note.statesContext())) {
                fire(out, bigAskJobReason, request, rel, note);
            }
            if (yes(note.bigAsk()) && no(note.asksForJob()) && yes(note.statesContext())) {
                fire(out, bigAskWithReason, request, rel, note);
            }
        }
        if (CONNECTION_MESSAGE_INMAIL.contains(type) && rel.knowEachOther() && yes(note.bigAsk())
                && no(note.specifics())) {
            fire(out, bigAskVague, request, rel, note);
        }
        if (PITCHABLE.contains(type) && !requester.recruiter() && !rel.knowEachOther() && yes(note.containsPitch())) {
            boolean personal = (type == MESSAGE || type == INMAIL) && yes(note.statesContext())
                    && yes(note.asksQuestion());
            fire(out, personal ? pitchPersonal : pitch, request, requester, rel, note);
            if (!d.followUp() && no(note.statesContext()) && !yes(d.mentionsProfile()) && no(note.asksQuestion())) {
                fire(out, pitchAdvertisement, request, requester, rel, note);
            }
            if (activity.sameNoteRecipients() >= massSameNote) {
                fire(out, pitchMass, request, requester, rel, activity, note);
            }
            if (no(d.overlap())) {
                fire(out, pitchUnrelated, request, requester, rel, note);
            }
            if (d.overlap() == null) {
                fire(out, pitchUnknown, request, requester, rel, note);
            }
        }
        if (d.stranger() && (!requester.hasPhoto() || no(d.hasHeadline()))) {
            fire(out, requesterProfile, rel, requester);
        }
        // pace.drl
        if (activity.sameNoteRecipients() >= massSameNote && wording) {
            fire(out, d.stranger() ? massStrangers : massAcquaintances, activity, rel, note, "recipients",
                    activity.sameNoteRecipients());
        }
        if (CAPPED.contains(type)) {
            int cap = weeklyCaps.get(type);
            int sent = activity.similarSentLast7Days();
            if (sent >= cap) {
                fire(out, volumeCap, request, activity, "sent", sent, "cap", cap);
            }
            if (sent >= cap * warnShare) {
                fire(out, volumeNear, request, activity, "sent", sent, "cap", cap);
            }
        }
        if (rel.unansweredSameType() > 0 && rel.daysSinceLastSameType() != null
                && rel.daysSinceLastSameType() < followupDays) {
            fire(out, yes(note.givesOut()) ? followupSoonOut : followupSoon, rel, note, "days", followupDays,
                    "unanswered", rel.unansweredSameType());
        }
        if (rel.unansweredSameType() > 0 && yes(note.pressure())) {
            fire(out, followupPushy, rel, note, "days", followupDays, "unanswered", rel.unansweredSameType());
        }
        if (rel.unansweredSameType() >= maxUnanswered) {
            fire(out, followupMany, rel, "days", followupDays, "unanswered", rel.unansweredSameType());
        }
        if (type == CONNECTION && rel.withdrawnDaysAgo() != null && rel.withdrawnDaysAgo() < reinviteDays) {
            out.fired(followupWithdrawn, List.of(request, rel));
            out.raise(followupWithdrawn, "days", followupDays, "reinviteDays", reinviteDays, "withdrawn", true);
        }
        if (rel.optedOut()) {
            fire(out, optedOut, rel);
        }
        // conduct.drl
        if (yes(note.personalAdvance())) {
            fire(out, rel.knowEachOther() ? advanceAcquaintance : advanceStranger, rel, note);
        }
        boolean justConnected = rel.degree() == 1 && rel.connectedDays() != null && rel.connectedDays() < tooSoonDays
                && rel.interactions() == 0;
        if (justConnected) {
            if (FAVOURS.contains(type)) {
                fire(out, tooSoonFavour, request, rel, "days", tooSoonDays);
            }
            if (type == MESSAGE && yes(note.containsPitch())) {
                fire(out, tooSoonPitch, request, rel, note, "days", tooSoonDays);
            }
            if (type == MESSAGE && yes(note.bigAsk()) && !yes(note.containsPitch())) {
                fire(out, tooSoonBigAsk, request, rel, note, "days", tooSoonDays);
            }
        }
        // platform.drl
        if (linkedInOrXing && (type == RECOMMENDATION || type == ENDORSEMENT) && rel.degree() != 1) {
            fire(out, platRecommendation, request, rel);
        }
        if (platform == Platform.LINKEDIN && type == MESSAGE && rel.degree() != 1) {
            fire(out, platLinkedInMessage, request, rel);
        }
        if (platform == Platform.XING && type == MESSAGE && requester.account() == Account.FREE && rel.degree() != 1) {
            fire(out, platXingMessage, request, requester, rel);
        }
        if (linkedInOrXing && type == INMAIL) {
            if (activity.inMailCredits() != null && activity.inMailCredits() == 0) {
                fire(out, platNoCredits, request, activity);
            }
            if (!recipient.acceptsInMail()) {
                fire(out, platNoInMail, request, recipient);
            }
        }
        if (linkedInOrXing && type == GROUP_INVITE) {
            if (!recipient.acceptsGroupInvites()) {
                fire(out, platGroupOff, request, recipient);
            }
            if (group != null && !group.requesterIsMember()) {
                fire(out, platNotMember, request, group);
            }
            if (group != null && group.recipientIsMember()) {
                fire(out, platAlreadyMember, request, group);
            }
            if (platform == Platform.LINKEDIN && rel.degree() != 1) {
                fire(out, platLinkedInGroup, request, rel);
            }
        }
        // recommendation.drl
        if (type == RECOMMENDATION) {
            if (!rel.knowEachOther()) {
                fire(out, recStranger, request, rel);
            }
            if (rel.knowEachOther() && !rel.workedTogether()) {
                fire(out, recNoWork, request, rel);
            }
            if (yes(note.defaultRecommendationRequest())) {
                fire(out, recDefault, request, note);
            }
            if (!note.present()) {
                fire(out, recNoNote, request, note);
            }
            if (note.present() && no(note.specifics()) && no(note.defaultRecommendationRequest())) {
                fire(out, rel.workedTogether() ? recGenericColleague : recGeneric, request, rel, note);
            }
            if (activity.similarSentLast7Days() >= recBlanketLimit) {
                fire(out, recBlanket, request, activity, "sent", activity.similarSentLast7Days(), "limit",
                        recBlanketLimit);
            }
            if (no(note.givesOut())) {
                fire(out, recNoOut, request, note);
            }
            if (no(note.offersReciprocity())) {
                fire(out, recNoReciprocity, request, note);
            }
        }
        // wording.drl
        if (betterWording && notDefault && !d.followUp()) {
            if (CONNECTION_MESSAGE_INMAIL.contains(type) && no(note.statesPurpose())) {
                if (d.acquainted()) {
                    fire(out, noPurposeAcquaintance, request, rel, note);
                } else if (no(note.statesContext())) {
                    fire(out, noPurposeStranger, request, rel, note);
                } else if (yes(note.statesContext()) && (type == MESSAGE || type == INMAIL)) {
                    fire(out, noPurposeStrangerWhyThem, request, rel, note);
                }
            }
            if (CONTEXT_TYPES.contains(type) && no(note.statesContext())) {
                if (d.stranger()) {
                    boolean introduced = yes(note.introducesSelf()) && yes(note.statesPurpose());
                    boolean specificQuestion = yes(note.statesPurpose()) && yes(note.specifics()) && yes(note.asksQuestion())
                            && no(note.containsPitch()) && no(note.bigAsk());
                    if (introduced) {
                        fire(out, noContextStrangerIntroduced, request, rel, note);
                    } else if ((no(note.introducesSelf()) || no(note.statesPurpose()))
                            && (requester.recruiter() || !specificQuestion)) {
                        fire(out, noContextStranger, request, rel, note);
                    } else if (no(note.introducesSelf()) && specificQuestion && !requester.recruiter()) {
                        fire(out, noContextStrangerSpecific, request, rel, note);
                    }
                }
                if (d.acquainted() && rel.lastContactMonths() != null && rel.lastContactMonths() >= staleMonths) {
                    fire(out, noContextStale, request, rel, note);
                }
            }
        }
        if (wording && notDefault && MISMATCH_TYPES.contains(type) && !d.allTopics().isEmpty()
                && !rel.knowEachOther() && yes(note.statesPurpose())) {
            if (no(d.overlap())) {
                fire(out, profileMismatch, request, rel, note);
            }
            if (d.overlap() == null) {
                fire(out, profileMismatchUnknown, request, rel, note);
            }
        }
        if (note.present() && note.language() != null && !recipient.languages().isEmpty()
                && !recipient.languages().contains(note.language())) {
            fire(out, language, note, recipient, "language", note.language());
        }
        if (betterWording) {
            if (yes(note.wrongName())) {
                greet(out, salutationWrong, d, note);
            }
            if (platform == Platform.XING && (type == MESSAGE || type == CONNECTION) && rel.degree() != 1
                    && note.salutationName() == null) {
                greet(out, salutationXing, d, request, rel, note);
            }
            if (GREETED_TYPES.contains(type) && note.salutationName() == null) {
                greet(out, salutationMissing, d, request, note);
            }
        }
    }

    /** A GEN-SALUTATION tier: it passes the recipient's own greetings. */
    private static void greet(Outcome out, RuleMeta meta, Derived derived, Object... facts) {
        List<Object> matched = new java.util.ArrayList<>(List.of(facts));
        matched.add(derived);
        out.fired(meta, matched);
        out.raise(meta, "greeting", derived.greeting(), "greeting", derived.greeting());
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b) {
        out.fired(meta, List.of(a, b));
        out.raise(meta);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a) {
        out.fired(meta, List.of(a));
        out.raise(meta);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b, Object c) {
        out.fired(meta, List.of(a, b, c));
        out.raise(meta);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b, Object c, Object d) {
        out.fired(meta, List.of(a, b, c, d));
        out.raise(meta);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b, Object c, Object d, Object e) {
        out.fired(meta, List.of(a, b, c, d, e));
        out.raise(meta);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, String name, Object value) {
        out.fired(meta, List.of(a));
        out.raise(meta, name, value);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b, String name, Object value) {
        out.fired(meta, List.of(a, b));
        out.raise(meta, name, value);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b, Object c, String name, Object value) {
        out.fired(meta, List.of(a, b, c));
        out.raise(meta, name, value);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, String n1, Object v1, String n2, Object v2) {
        out.fired(meta, List.of(a));
        out.raise(meta, n1, v1, n2, v2);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b, String n1, Object v1, String n2,
                             Object v2) {
        out.fired(meta, List.of(a, b));
        out.raise(meta, n1, v1, n2, v2);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b, Object c, String n1, Object v1,
                             String n2, Object v2) {
        out.fired(meta, List.of(a, b, c));
        out.raise(meta, n1, v1, n2, v2);
    }

    private static void fire(Outcome out, RuleMeta meta, Object a, Object b, String n1, Object v1, String n2,
                             Object v2, String n3, Object v3) {
        out.fired(meta, List.of(a, b));
        out.raise(meta, n1, v1, n2, v2, n3, v3);
    }
}
