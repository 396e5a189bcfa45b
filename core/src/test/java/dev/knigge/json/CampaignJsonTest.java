package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Verdict;
import dev.knigge.audit.CampaignReport;
import dev.knigge.request.RequestType;
import dev.knigge.testing.JsonTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignJsonTest {
    private static final Map<Verdict, Integer> VERDICTS = verdicts(0, 0, 12);
    private static final CampaignReport.Conclusion CONCLUSION = new CampaignReport.Conclusion(
            "Mass-sent: 12 of 12 requests share one note.", "Massenversand: 12 von 12 Anfragen haben denselben Text.");

    private static Map<Verdict, Integer> verdicts(int send, int revise, int doNotSend) {
        Map<Verdict, Integer> verdicts = new LinkedHashMap<>();
        verdicts.put(Verdict.SEND, send);
        verdicts.put(Verdict.REVISE, revise);
        verdicts.put(Verdict.DO_NOT_SEND, doNotSend);
        return verdicts;
    }

    private static CampaignReport report(List<CampaignReport.RequesterGroup> groups) {
        Map<String, Integer> rules = new LinkedHashMap<>();
        rules.put("GEN-MASS-TEMPLATE", 12);
        rules.put("GEN-COLD-PITCH", 12);
        return new CampaignReport(12, groups.isEmpty() ? 1 : groups.size(), VERDICTS, Map.of(RequestType.CONNECTION, 12),
                rules, 1.0, 0.0, 1.0, List.of(new CampaignReport.Template("Hi, I help companies grow …", 12)), 0.0,
                CONCLUSION, groups);
    }

    @Test
    void writesTheDesignsFieldsInItsOrderOnOneLine() {
        String json = CampaignJson.write(report(List.of()), Locale.ENGLISH);
        assertThat(json).isEqualTo("{\"campaign\":{\"requests\":12,\"requesters\":1,"
                + "\"verdicts\":{\"SEND\":0,\"REVISE\":0,\"DO_NOT_SEND\":12},\"types\":{\"CONNECTION\":12},"
                + "\"rules\":{\"GEN-MASS-TEMPLATE\":12,\"GEN-COLD-PITCH\":12},\"strangerShare\":1.0,\"offTopicShare\":0.0,"
                + "\"templateShare\":1.0,\"templates\":[{\"note\":\"Hi, I help companies grow …\",\"size\":12}],"
                + "\"qualityScore\":0.0,\"conclusion\":\"Mass-sent: 12 of 12 requests share one note.\"}}");
    }

    @Test
    void writesTheConclusionInGermanForAGermanLocale() {
        String json = CampaignJson.write(report(List.of()), Locale.GERMAN);
        assertThat(json).contains("\"conclusion\":\"Massenversand: 12 von 12 Anfragen haben denselben Text.\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsTheRequesterGroupsOnlyWhenThereAreSeveral() {
        List<CampaignReport.RequesterGroup> groups = List.of(
                new CampaignReport.RequesterGroup("Max Power", 10, verdicts(0, 0, 10), 1.0, 0.0, 1.0, 0.0),
                new CampaignReport.RequesterGroup(null, 2, verdicts(1, 1, 0), 0.5, 0.0, 0.0, 0.75));
        Map<String, Object> campaign = (Map<String, Object>) ((Map<String, Object>) JsonTree.parse(
                CampaignJson.write(report(groups), Locale.ENGLISH))).get("campaign");
        assertThat(campaign.keySet()).containsExactly("requests", "requesters", "verdicts", "types", "rules",
                "strangerShare", "offTopicShare", "templateShare", "templates", "qualityScore", "conclusion",
                "requesterGroups");
        List<Map<String, Object>> written = (List<Map<String, Object>>) campaign.get("requesterGroups");
        assertThat(written.get(0)).containsEntry("requester", "Max Power").containsEntry("requests", 10);
        assertThat(written.get(1).keySet()).containsExactly("requester", "requests", "verdicts", "strangerShare",
                "offTopicShare", "templateShare", "qualityScore");
        assertThat(written.get(1)).containsEntry("requester", null).containsEntry("qualityScore", 0.75);
    }
}
