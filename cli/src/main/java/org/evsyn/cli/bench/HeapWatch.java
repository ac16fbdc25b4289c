package org.evsyn.cli.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The peak heap of one benchmark phase, read at every garbage collection as the heap in use just before it (the
 * fullest the heap gets). Each reading sums the heap pools at one instant; the pools' own peak counters peak at
 * different instants, so their sum overstates. (Use after a young collection is no measure of what the work
 * retains: the old generation still holds garbage then. Running with a smaller {@code -Xmx} is.)
 */
final class HeapWatch implements AutoCloseable {

    private final List<Registration> registrations = new ArrayList<>();
    private long peakUsed;
    private int collections;

    private record Registration(NotificationEmitter emitter, NotificationListener listener) {
    }

    /** Starts watching after a full collection, so earlier work does not count. */
    HeapWatch() {
        System.gc();
        NotificationListener listener = this::onNotification;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                registrations.add(new Registration(emitter, listener));
            }
        }
    }

    private synchronized void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        peakUsed = Math.max(peakUsed, heapSum(info.getMemoryUsageBeforeGc()));
        collections++;
    }

    // Non-heap pools (metaspace, code cache) appear in the same map; their names are fixed by the JVM.
    private static long heapSum(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (usage != null && pool.getType() == MemoryType.HEAP) {
                sum += usage.getUsed();
            }
        }
        return sum;
    }

    /** Bytes in use just before the fullest collection; the current use when none ran. */
    synchronized long peakUsed() {
        return collections == 0 ? currentUsed() : peakUsed;
    }

    private static long currentUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        for (Registration r : registrations) {
            try {
                r.emitter().removeNotificationListener(r.listener());
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing to undo.
            }
        }
        registrations.clear();
    }

    /** CPU time of the whole process (all threads, including GC), in nanoseconds; 0 when unavailable. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The heap limit ({@code -Xmx}), in bytes. */
    static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
