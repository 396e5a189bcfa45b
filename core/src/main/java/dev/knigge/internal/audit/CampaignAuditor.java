package dev.knigge.internal.audit;

import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.audit.AuditEntry;
import dev.knigge.audit.Campaign;
import dev.knigge.audit.CampaignReport;
import dev.knigge.audit.SenderCounts;
import dev.knigge.request.ReviewRequest;
import dev.knigge.internal.note.Greetings;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** The policy parameter from how many recipients a note counts as mass-sent. */
    static final String MASS_SAME_NOTE = "mass.sameNote";

    /**
     * Audits a campaign; {@code Advisor.audit} is the way in.
     *
     * @param review the review of one request (it may throw a {@link ReviewException})
     * @param parameters the policy's parameters: {@value #MASS_SAME_NOTE} says from how many recipients
     *        a note counts as mass-sent; without it, none does
     * @param greetings the salutations of the policy's lexicons, which the note's fingerprint leaves out
     */
    public static CampaignReport audit(Function<ReviewRequest, Advice> review, Map<String, Double> parameters,
                                       Greetings greetings, Campaign campaign, Consumer<? super AuditEntry> sink) {
        Objects.requireNonNull(campaign, "campaign == null");
        Double mass = parameters.get(MASS_SAME_NOTE);
        int massThreshold = mass == null ? Integer.MAX_VALUE : (int) Math.ceil(mass);
        Objects.requireNonNull(sink, "sink == null");
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = threads < 2 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "knigge-audit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long start = System.nanoTime();
            NoteNormalizer normalizer = new NoteNormalizer(greetings);
            TemplateIndex index = FirstPass.index(campaign, normalizer, pool, threads);
            index.cluster();
            LOG.debug("campaign indexed in {} ms: {} distinct notes", (System.nanoTime() - start) / 1_000_000,
                    index.distinct());
            CampaignReport report = review(review, normalizer, massThreshold, campaign, sink, index, pool, threads);
            LOG.debug("campaign audited in {} ms", (System.nanoTime() - start) / 1_000_000);
            return report;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** The second pass: reviews with the campaign's counts, results handed on in input order. */
    private static CampaignReport review(Function<ReviewRequest, Advice> review, NoteNormalizer normalizer,
                                         int massThreshold,
                                         Campaign campaign, Consumer<? super AuditEntry> sink, TemplateIndex index,
                                         ExecutorService pool, int threads) {
        Tally tally = new Tally(index, massThreshold);
        ReviewTask task = new ReviewTask(review, normalizer, index, massThreshold);
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
                    window.done(new Reviewed(new AuditEntry(entry.line(), null, null, entry.error(), null), null, -1,
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
    private record ReviewTask(Function<ReviewRequest, Advice> review, NoteNormalizer normalizer,
                              TemplateIndex index, int massThreshold) {
        Reviewed review(int line, ReviewRequest request, String requester, int sentBefore) {
            Fingerprint fingerprint = normalizer.of(request);
            int id = fingerprint == null ? -1 : index.id(fingerprint.key());
            Integer sameNote = fingerprint == null ? null : id < 0 ? 1 : index.clusterSize(id);
            ReviewRequest reviewed = new SenderCounts(sentBefore, sameNote).fillIn(request);
            Advice advice = null;
            ReviewException failure = null;
            try {
                advice = review.apply(reviewed);
            } catch (ReviewException e) {
                failure = e;
            }
            Integer stated = reviewed.activity().sameNoteRecipients();
            boolean massSent = sameNote != null && Math.max(sameNote, stated) >= massThreshold;
            boolean offTopic = CampaignFacts.offTopic(request, fingerprint != null && fingerprint.mentionsProfile());
            return new Reviewed(new AuditEntry(line, reviewed, advice, null, failure), requester,
                    id < 0 ? -1 : index.cluster(id), CampaignFacts.stranger(request), offTopic, massSent);
        }
    }
}
