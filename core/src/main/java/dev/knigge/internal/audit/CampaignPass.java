package dev.knigge.internal.audit;

import dev.knigge.audit.Campaign;
import dev.knigge.json.RequestJson;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One read of a campaign from its start, entry by entry: an NDJSON file line by line (lazily,
 * with its bad lines), or a collection in its order. Not thread-safe; close it when done.
 */
abstract class CampaignPass implements Iterator<CampaignPass.Entry>, Closeable {

    /**
     * One entry: a request, or the reason its line is not one.
     *
     * @param line the line number, or the position from 1 in a collection
     * @param request the request, or {@code null}
     * @param error why the line is invalid, or {@code null}
     */
    record Entry(int line, ReviewRequest request, InvalidRequestException error) {}

    /**
     * Opens a new read of the campaign.
     *
     * @throws UncheckedIOException when the file cannot be opened
     */
    static CampaignPass open(Campaign campaign) {
        if (campaign instanceof Campaign.NdjsonFile file) {
            try {
                return new Lines(RequestJson.readLines(Files.newInputStream(file.file())));
            } catch (IOException e) {
                throw new UncheckedIOException(file.file() + ": cannot be read", e);
            }
        }
        return new Requests(((Campaign.Requests) campaign).requests().iterator());
    }

    @Override
    public void close() {}

    private static final class Lines extends CampaignPass {
        private final RequestJson.Lines lines;
        private final Iterator<RequestJson.Line> iterator;

        Lines(RequestJson.Lines lines) {
            this.lines = lines;
            this.iterator = lines.iterator();
        }

        @Override
        public boolean hasNext() {
            return iterator.hasNext();
        }

        @Override
        public Entry next() {
            RequestJson.Line line = iterator.next();
            return new Entry(line.number(), line.request(), line.error());
        }

        @Override
        public void close() {
            try {
                lines.close();
            } catch (IOException e) {
                // Everything was read already; nothing is lost.
            }
        }
    }

    private static final class Requests extends CampaignPass {
        private final Iterator<? extends ReviewRequest> iterator;
        private int position;

        Requests(Iterator<? extends ReviewRequest> iterator) {
            this.iterator = iterator;
        }

        @Override
        public boolean hasNext() {
            return iterator.hasNext();
        }

        @Override
        public Entry next() {
            if (!iterator.hasNext()) {
                throw new NoSuchElementException();
            }
            ReviewRequest request = iterator.next();
            position++;
            if (request == null) {
                throw new NullPointerException("requests[" + (position - 1) + "] == null");
            }
            return new Entry(position, request, null);
        }
    }
}
