package dev.knigge.rules;

import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.krause;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;

import dev.knigge.request.Platform;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** endorsement.drl: asking someone to endorse a skill. */
class EndorsementRulesTest {

    static ReviewRequest.Builder endorse(Relationship.Builder relationship) {
        return ReviewRequest.builder(RequestType.ENDORSEMENT).platform(Platform.LINKEDIN).skill("usability")
                .language("de").note("Hallo Herr Krause, würden Sie meine Kenntnisse in Usability bestätigen?")
                .requester(requester().build()).recipient(krause().build()).relationship(relationship.build());
    }

    @Nested
    class EndSkillNotObserved {
        static final String ID = "END-SKILL-NOT-OBSERVED";

        @Test
        void blocksAStrangerAskedToEndorseASkill() {
            assertFires(endorse(Relationship.builder().degree(1).connectedDays(60)).build(), ID, BLOCKER);
        }

        @Test
        void warnsAnAcquaintanceWhoNeverWorkedWithThem() {
            assertFires(endorse(Relationship.builder().degree(1).knowEachOther(true)).build(), ID, WARNING);
        }

        @Test
        void warnsSomeoneTheyOnlyExchangedMessagesWith() {
            assertFires(endorse(Relationship.builder().degree(1).interactions(4)).build(), ID, WARNING);
        }

        @Test
        void staysSilentForAFormerColleagueWhoSawTheSkill() {
            assertSilent(endorse(Relationship.builder().degree(1).workedTogether(true)).build(), ID);
        }

        @Test
        void staysSilentForOtherRequestTypes() {
            assertSilent(endorse(Relationship.builder().degree(1)).type(RequestType.MESSAGE).build(), ID);
        }
    }
}
