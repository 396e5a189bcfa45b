package dev.knigge.internal.audit;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.audit.CampaignReport.RequesterGroup;
import dev.knigge.audit.CampaignReport.Template;
import dev.knigge.audit.CampaignReport;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums up the reviewed entries, in input order, into a {@link CampaignReport}. Holds counts per
 * verdict, type, rule and requester, and the text of the few largest templates — nothing per
 * request. Not thread-safe: the audit feeds it from one thread.
 */
final class Tally {
    /** Template clusters the report lists. */
    static final int TEMPLATES_SHOWN = 5;
    /** Requesters the report lists figures for (the largest); {@code requesters} still counts them all. */
    static final int REQUESTERS_SHOWN = 50;

    private final TemplateIndex index;
    private final int massThreshold;
    private final Counters total = new Counters();
    private final int[] types = new int[RequestType.values().length];
    private final Map<String, int[]> rules = new HashMap<>();
    private final Map<String, Requester> requesters = new LinkedHashMap<>();
    private final List<Integer> largest;
    private final Map<Integer, String> templateTexts = new HashMap<>();

    private static final class Requester {
        final String name;
        final Counters counters = new Counters();

        Requester(String name) {
            this.name = name;
        }
    }

    Tally(TemplateIndex index, int massThreshold) {
        this.index = index;
        this.massThreshold = massThreshold;
        this.largest = index.largest(TEMPLATES_SHOWN);
    }

    void add(Reviewed entry) {
        ReviewRequest request = entry.audited().request();
        if (request == null) {
            return;
        }
        total.add(entry);
        types[request.type().ordinal()]++;
        requesters.computeIfAbsent(entry.requester(), key -> new Requester(request.requester().name()))
                .counters.add(entry);
        Advice advice = entry.audited().advice();
        if (advice != null) {
            for (Finding finding : advice.findings()) {
                rules.computeIfAbsent(finding.rule(), rule -> new int[1])[0]++;
            }
        }
        if (entry.cluster() >= 0 && !templateTexts.containsKey(entry.cluster()) && largest.contains(entry.cluster())) {
            templateTexts.put(entry.cluster(), TemplateText.of(request));
        }
    }

    CampaignReport report() {
        Map<RequestType, Integer> typeCounts = new EnumMap<>(RequestType.class);
        for (RequestType type : RequestType.values()) {
            if (types[type.ordinal()] > 0) {
                typeCounts.put(type, types[type.ordinal()]);
            }
        }
        Map<String, Integer> ruleCounts = new LinkedHashMap<>();
        rules.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
                        : a.getKey().compareTo(b.getKey()))
                .forEach(e -> ruleCounts.put(e.getKey(), e.getValue()[0]));
        List<Template> templates = new ArrayList<>();
        for (int cluster : largest) {
            templates.add(new Template(templateTexts.getOrDefault(cluster, ""), index.clusterSize(cluster)));
        }
        int[] mass = index.clustersFrom(massThreshold);
        int[] verdicts = total.verdicts;
        CampaignReport.Conclusion conclusion = Conclusions.of(total.requests, mass[0], mass[1], total.offTopic,
                verdicts[dev.knigge.advice.Verdict.DO_NOT_SEND.ordinal()], verdicts[dev.knigge.advice.Verdict.REVISE.ordinal()],
                total.failed, requesters.size());
        return new CampaignReport(total.requests, requesters.size(), total.verdicts(), typeCounts, ruleCounts,
                total.share(total.strangers), total.share(total.offTopic), total.share(total.massSent), templates,
                total.qualityScore(), conclusion, requesterGroups());
    }

    private List<RequesterGroup> requesterGroups() {
        if (requesters.size() < 2) {
            return List.of();
        }
        List<Requester> sorted = new ArrayList<>(requesters.values());
        sorted.sort((a, b) -> Integer.compare(b.counters.requests, a.counters.requests));
        List<RequesterGroup> groups = new ArrayList<>();
        for (Requester requester : sorted.subList(0, Math.min(REQUESTERS_SHOWN, sorted.size()))) {
            Counters c = requester.counters;
            groups.add(new RequesterGroup(requester.name, c.requests, c.verdicts(), c.share(c.strangers),
                    c.share(c.offTopic), c.share(c.massSent), c.qualityScore()));
        }
        return groups;
    }
}
