package dev.knigge.internal.audit;

import static dev.knigge.internal.audit.Notes.clusterSize;
import static dev.knigge.internal.audit.Notes.key;
import static dev.knigge.internal.audit.Notes.to;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateIndexTest {
    private static final String PITCH = "Hi %s, I help companies grow with AI automation. Let's book a quick demo!";
    private static final String NEAR = "Hi %s, I noticed that %s is hiring data engineers. I run a small consultancy "
            + "and would love to connect.";

    @Test
    void growsWithDistinctTemplatesNotWithRequests() {
        TemplateIndex index = new TemplateIndex();
        for (int i = 0; i < 50_000; i++) {
            String name = "Name" + (char) ('a' + i % 26);
            index.add(Notes.NORMALIZER.of(to(name, "X", String.format(PITCH, name))));
        }
        index.cluster();
        assertThat(index.distinct()).isEqualTo(1);
        assertThat(clusterSize(index, to("Zed", "Y", String.format(PITCH, "Zed")))).isEqualTo(50_000);
    }

    @Test
    void nearCopiesJoinOneClusterAndCountTogether() {
        List<ReviewRequest> requests = new ArrayList<>();
        String[] companies = {"Acme", "Globex", "Initech", "Hooli"};
        for (int i = 0; i < 8; i++) {
            requests.add(to("N" + i, "X", String.format(NEAR, "N" + i, companies[i % 4])));
        }
        TemplateIndex index = Notes.index(requests.toArray(ReviewRequest[]::new));
        assertThat(index.distinct()).isEqualTo(4);
        for (ReviewRequest request : requests) {
            assertThat(clusterSize(index, request)).isEqualTo(8);
        }
    }

    @Test
    void listsTheLargestClustersFirstAndTheFirstSeenAmongEquals() {
        ReviewRequest unique = to("A", "B", "Hi A, your talk on routing in Graz made me rethink our depot plan.");
        ReviewRequest pairFirst = to("C", "D", "Hi C, we are hiring!");
        ReviewRequest pairSecond = to("E", "F", "Hi E, we are hiring!");
        ReviewRequest otherPairFirst = to("G", "H", "Hi G, join our webinar on Friday.");
        ReviewRequest otherPairSecond = to("I", "J", "Hello I! Join our webinar on Friday.");
        List<ReviewRequest> threes = List.of(to("K", "L", String.format(PITCH, "K")), to("M", "N", String.format(PITCH, "M")),
                to("O", "P", String.format(PITCH, "O")));
        List<ReviewRequest> all = new ArrayList<>(List.of(unique, pairFirst, otherPairFirst, pairSecond, otherPairSecond));
        all.addAll(threes);
        TemplateIndex index = Notes.index(all.toArray(ReviewRequest[]::new));
        List<Integer> largest = index.largest(5);
        assertThat(largest).containsExactly(index.cluster(index.id(key(threes.get(0)))),
                index.cluster(index.id(key(pairFirst))), index.cluster(index.id(key(otherPairFirst))));
        assertThat(index.largest(1)).hasSize(1);
        assertThat(index.clustersFrom(2)).containsExactly(3, 7);
        assertThat(index.clustersFrom(3)).containsExactly(1, 3);
        assertThat(index.id(123L)).isEqualTo(-1);
    }
}
