package vn.motcua.statistics.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checks each row's invariants before it is stored (a broken one stops the job rather than publish a
 * wrong report). The test-only parameter {@code failAfterItems} makes it fail on purpose after that many
 * items of its partition, so the tests can kill the job mid-run and restart it.
 */
@Named
@Dependent
public class FigureProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String failAfterItems;

    private int processed;

    @Override
    public Object processItem(Object item) {
        FigureRow figure = (FigureRow) item;
        if (failAfterItems != null && !failAfterItems.isBlank() && processed >= Integer.parseInt(failAfterItems)) {
            throw new IllegalStateException("failing on purpose after " + processed + " items (failAfterItems)");
        }
        processed++;
        String broken = figure.row().brokenInvariant();
        if (broken != null) {
            throw new IllegalStateException("II.06a invariant " + broken + " broken for desk " + figure.deskId()
                    + ", field " + figure.row().fieldCode());
        }
        return figure;
    }
}
