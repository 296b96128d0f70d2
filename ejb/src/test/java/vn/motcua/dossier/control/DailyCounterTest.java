package vn.motcua.dossier.control;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DailyCounterTest {

    private static final String DESK = "000.01.19.H21";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final InMemoryDatabase database = new InMemoryDatabase();

    @AfterEach
    void close() {
        database.close();
    }

    private int next(String desk, LocalDate day) {
        return database.inTransaction(em -> new DailyCounter(em).next(desk, day));
    }

    /** As the reception boundary does: a transaction that lost the race for the day's first row retries. */
    private int nextRetrying() {
        for (int attempt = 1; ; attempt++) {
            try {
                return next(DESK, DAY);
            } catch (PersistenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void eachDeskAndDayCountsFromOne() {
        assertEquals(1, next(DESK, DAY));
        assertEquals(2, next(DESK, DAY));
        assertEquals(1, next(DESK, DAY.plusDays(1)));
        assertEquals(1, next("000.02.19.H21", DAY));
        assertEquals(3, next(DESK, DAY));
    }

    @Test
    void aRolledBackReceptionGivesItsNumberBack() {
        assertEquals(1, next(DESK, DAY));
        try {
            database.inTransaction(em -> {
                new DailyCounter(em).next(DESK, DAY);
                throw new IllegalStateException("reception failed after the code was drawn");
            });
        } catch (IllegalStateException expected) {
            assertEquals(2, next(DESK, DAY), "no gap");
        }
    }

    @Test
    void eightThreadsDrawFourHundredUniqueGapFreeNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Integer>>> drawn = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                drawn.add(pool.submit(() -> {
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        numbers.add(nextRetrying());
                    }
                    return numbers;
                }));
            }
            TreeSet<Integer> all = new TreeSet<>();
            int count = 0;
            for (Future<List<Integer>> numbers : drawn) {
                all.addAll(numbers.get());
                count += numbers.get().size();
            }
            assertEquals(400, count);
            assertEquals(400, all.size(), "unique");
            assertEquals(1, all.first());
            assertEquals(400, all.last(), "no gaps");
        } finally {
            pool.shutdownNow();
        }
    }
}
