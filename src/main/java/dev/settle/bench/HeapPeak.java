package dev.settle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of a measured stretch: the sum of every heap pool's peak since {@link #start()}. The pools may
 * peak at different moments, so the sum is an upper bound of what the stretch held at once.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> heap;

    private HeapPeak(List<MemoryPoolMXBean> heap) {
        this.heap = heap;
    }

    /** Collects garbage and resets the peaks, so the stretch starts from the live heap. */
    static HeapPeak start() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapPeak(heap);
    }

    long bytes() {
        return heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
