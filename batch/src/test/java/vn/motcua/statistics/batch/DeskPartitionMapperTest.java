package vn.motcua.statistics.batch;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How desks are dealt to the count step's partitions. */
class DeskPartitionMapperTest {

    @Test
    void desksWithEvenIdsAreSpreadOverBothPartitions() {
        // a district and its desk take consecutive ids, so the desks' ids are all even
        long first = LongStream.rangeClosed(1, 16).map(n -> 2 * n + 24)
                .filter(desk -> DeskPartitionMapper.partitionOf(desk, 2) == 0).count();
        assertTrue(first >= 6 && first <= 10, first + " of 16 desks in the first partition");
    }

    @Test
    void aDeskKeepsItsPartitionAndEveryPartitionIsInRange() {
        for (long desk = 1; desk < 500; desk++) {
            for (int partitions = 1; partitions <= 4; partitions++) {
                int partition = DeskPartitionMapper.partitionOf(desk, partitions);
                assertTrue(partition >= 0 && partition < partitions);
                assertEquals(partition, DeskPartitionMapper.partitionOf(desk, partitions));
            }
        }
    }
}
