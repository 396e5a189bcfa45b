package dev.knigge.examples;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.json.RequestJson;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Review a batch read from NDJSON, in parallel, with the advice in input order. */
public final class ReviewABatch {
    private ReviewABatch() {}

    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : ExampleFiles.path("requests/campaign.ndjson"), System.out);
    }

    /** Reads the requests (reporting bad lines), reviews them all and prints one line per request. */
    public static List<Advice> run(Path ndjson, PrintStream out) throws IOException {
        List<ReviewRequest> requests = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ndjson); RequestJson.Lines lines = RequestJson.readLines(in)) {
            for (RequestJson.Line line : lines) {
                if (line.valid()) {
                    requests.add(line.request());
                } else {
                    out.println("line " + line.number() + ": " + line.error().getMessage());
                }
            }
        }
        Advisor advisor = Advisor.builder().locale(Locale.ENGLISH).build();
        List<Advice> all = advisor.reviewAll(requests);     // parallel where it pays, input order kept
        for (Advice advice : all) {
            out.println(advice.id() + " " + advice.verdict() + " " + advice.findings().stream()
                    .map(finding -> finding.rule()).toList());
        }
        return all;
    }
}
