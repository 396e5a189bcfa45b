package dev.knigge.internal.audit;

import dev.knigge.Advice;
import dev.knigge.Advisor;
import dev.knigge.ReviewException;
import dev.knigge.ReviewRequest;
import dev.knigge.audit.Audited;
import dev.knigge.audit.Campaign;
import dev.knigge.audit.CampaignReport;
import dev.knigge.internal.note.Greetings;
import dev.knigge.internal.note.NoteAnalyzer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits a campaign in two passes. The first reads every request and indexes its note as a
 * template ({@link TemplateIndex}), then joins near copies. The second reads the campaign again,
 * fills in each request's campaign counts, reviews it on all cores and hands the results on in
 * input order while the report is summed up. Memory: the template index plus a bounded window of
 * requests in flight, whatever the campaign's length. Stateless; every audit has its own threads.
 */
public final class CampaignAuditor {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignAuditor.class);

    private CampaignAuditor() {}

    /**
     * Audits a campaign; {@link Advisor#audit} is the way in.
     *
     * @param analyzer the note analyzer of the advisor's policy, whose lexicons say what a salutation is
     * @param massThreshold the policy's {@code mass.sameNote}: from how many recipients a note counts as mass-sent
     */
    public static CampaignReport audit(Advisor advisor, NoteAnalyzer analyzer, int massThreshold, Campaign campaign,
                                       Locale locale, Consumer<? super Audited> sink) {
        Objects.requireNonNull(campaign, "campaign == null");
        Objects.requireNonNull(sink, "sink == null");
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = threads < 2 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "knigge-audit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long start = System.nanoTime();
            NoteNormalizer normalizer = new NoteNormalizer(Greetings.of(analyzer));
            TemplateIndex index = FirstPass.index(campaign, normalizer, pool, threads);
            index.cluster();
            LOG.debug("campaign indexed in {} ms: {} distinct notes", (System.nanoTime() - start) / 1_000_000,
                    index.distinct());
            CampaignReport report = review(advisor, normalizer, massThreshold, campaign, locale, sink, index, pool,
                    threads);
            LOG.debug("campaign audited in {} ms", (System.nanoTime() - start) / 1_000_000);
            return report;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** The second pass: reviews with the campaign's counts, results handed on in input order. */
    private static CampaignReport review(Advisor advisor, NoteNormalizer normalizer, int massThreshold,
                                         Campaign campaign, Locale locale, Consumer<? super Audited> sink,
                                         TemplateIndex index, ExecutorService pool, int threads) {
        Tally tally = new Tally(index, massThreshold);
        ReviewTask task = new ReviewTask(advisor, normalizer, locale, index, massThreshold);
        Map<String, int[]> sentBefore = new HashMap<>();
        OrderedWindow window = new OrderedWindow(pool, threads, entry -> {
            tally.add(entry);
            sink.accept(entry.audited());
        });
        try (CampaignPass pass = CampaignPass.open(campaign)) {
            while (pass.hasNext()) {
                CampaignPass.Entry entry = pass.next();
                ReviewRequest request = entry.request();
                if (request == null) {
                    window.done(new Reviewed(new Audited(entry.line(), null, null, entry.error(), null), null, -1,
                            false, false, false));
                    continue;
                }
                String requester = Requesters.key(request.requester().name());
                int before = sentBefore.computeIfAbsent(requester + '\u0000' + request.type(), k -> new int[1])[0]++;
                window.submit(() -> task.review(entry.line(), request, requester, before));
            }
            window.finish();
        }
        return tally.report();
    }

    /** The review of one request with its campaign facts; runs on the window's threads. */
    private record ReviewTask(Advisor advisor, NoteNormalizer normalizer, Locale locale, TemplateIndex index,
                              int massThreshold) {
        Reviewed review(int line, ReviewRequest request, String requester, int sentBefore) {
            Fingerprint fingerprint = normalizer.of(request);
            int id = fingerprint == null ? -1 : index.id(fingerprint.key());
            Integer sameNote = fingerprint == null ? null : id < 0 ? 1 : index.clusterSize(id);
            ReviewRequest reviewed = CampaignFacts.fill(request, sameNote, sentBefore);
            Advice advice = null;
            ReviewException failure = null;
            try {
                advice = advisor.review(reviewed, locale);
            } catch (ReviewException e) {
                failure = e;
            }
            Integer stated = reviewed.activity().sameNoteRecipients();
            boolean massSent = sameNote != null && Math.max(sameNote, stated) >= massThreshold;
            boolean offTopic = CampaignFacts.offTopic(request, fingerprint != null && fingerprint.mentionsProfile());
            return new Reviewed(new Audited(line, reviewed, advice, null, failure), requester,
                    id < 0 ? -1 : index.cluster(id), CampaignFacts.stranger(request), offTopic, massSent);
        }
    }
}
