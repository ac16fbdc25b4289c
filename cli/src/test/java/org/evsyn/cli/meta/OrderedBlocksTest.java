package org.evsyn.cli.meta;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedBlocksTest {

    @Test
    void printsEveryJobOnceInJobOrderWhateverOrderTheyFinishIn() {
        int count = OrderedBlocks.BLOCK * 37 + 5;
        StringWriter out = new StringWriter();
        int failures = new OrderedBlocks(4).run(count, (i, text) -> {
            // Uneven work, so blocks finish out of order on the four threads.
            if (ThreadLocalRandom.current().nextInt(8) == 0) {
                busy(ThreadLocalRandom.current().nextInt(20_000));
            }
            text.append("job ").append(i).append('\n');
            return i % 10 == 3;
        }, out);
        List<String> expected = IntStream.range(0, count).mapToObj(i -> "job " + i).toList();
        assertThat(out.toString().lines().toList()).isEqualTo(expected);
        assertThat(failures).isEqualTo((int) IntStream.range(0, count).filter(i -> i % 10 == 3).count());
    }

    @Test
    void aSingleThreadAndAnEmptyBatchWork() {
        StringWriter out = new StringWriter();
        assertThat(new OrderedBlocks(1).run(3, (i, text) -> {
            text.append(i).append('\n');
            return false;
        }, out)).isZero();
        assertThat(out.toString()).isEqualTo("0\n1\n2\n");
        StringWriter none = new StringWriter();
        assertThat(new OrderedBlocks(2).run(0, (i, text) -> true, none)).isZero();
        assertThat(none.toString()).isEmpty();
    }

    @Test
    void anExceptionInAJobReachesTheCallerAndNothingAfterItsBlockIsPrinted() {
        int bad = OrderedBlocks.BLOCK * 3 + 7;
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> new OrderedBlocks(2).run(OrderedBlocks.BLOCK * 10, (i, text) -> {
            if (i == bad) {
                throw new IllegalStateException("job " + i + " broke");
            }
            text.append(i).append('\n');
            return false;
        }, out)).isInstanceOf(IllegalStateException.class).hasMessage("job " + bad + " broke");
        List<String> printed = out.toString().lines().toList();
        // Whatever was printed is a prefix in order, and stops before the failed job's block.
        assertThat(printed).isEqualTo(IntStream.range(0, printed.size()).mapToObj(Integer::toString).toList());
        assertThat(printed.size()).isLessThanOrEqualTo(OrderedBlocks.BLOCK * 3);
    }

    private static void busy(int n) {
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += Math.sqrt(i);
        }
        if (x < 0) {
            throw new AssertionError();
        }
    }
}
