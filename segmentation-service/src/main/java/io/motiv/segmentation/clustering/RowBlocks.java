package io.motiv.segmentation.clustering;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Rows 0..n-1 cut into consecutive blocks of a fixed size, the unit of parallel work. The cut depends only on n and
 * the block size, never on the number of threads; each block writes its own partial results and the caller combines
 * them in block order, so floating-point sums come out bit for bit the same whatever the parallelism.
 *
 * <p>Blocks run on a parallel stream: in the caller's ForkJoinPool when called from inside one (run the clustering
 * in a dedicated pool with {@code pool.submit(() -> engine.fit(...)).join()} to bound its threads), otherwise in the
 * common pool plus the calling thread.
 */
final class RowBlocks {

    /** 4096 rows of 16 doubles are 512 KiB: enough work per task to amortise scheduling, and 245 tasks for 1M rows. */
    static final int DEFAULT_ROWS_PER_BLOCK = 4096;

    private final int rows;
    private final int rowsPerBlock;
    private final int count;

    RowBlocks(int rows, int rowsPerBlock) {
        if (rowsPerBlock < 1) {
            throw new IllegalArgumentException("rows per block must be >= 1, got " + rowsPerBlock);
        }
        this.rows = rows;
        this.rowsPerBlock = rowsPerBlock;
        this.count = (int) (((long) rows + rowsPerBlock - 1) / rowsPerBlock);
    }

    int count() {
        return count;
    }

    int start(int block) {
        return block * rowsPerBlock;
    }

    int end(int block) {
        return (int) Math.min((long) (block + 1) * rowsPerBlock, rows);
    }

    /** Runs {@code task} once per block index, in parallel when there is more than one block. */
    void forEach(IntConsumer task) {
        if (count == 1) {
            task.accept(0);
        } else {
            IntStream.range(0, count).parallel().forEach(task);
        }
    }
}
