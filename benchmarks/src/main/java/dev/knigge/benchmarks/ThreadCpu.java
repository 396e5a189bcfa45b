package dev.knigge.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CPU time of each live thread of this process, and of the whole process, at one moment: two
 * snapshots give what a set of threads (chosen by name) used in between. Native threads that the JVM
 * does not know, such as RocksDB's flushes and compactions, appear only in the process's time. Immutable.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> nanos = new HashMap<>();
    private final long process;

    private ThreadCpu() {
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                names.put(info.getThreadId(), info.getThreadName());
                nanos.put(info.getThreadId(), cpu);
            }
        }
        process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The CPU time of every live thread, now. */
    static ThreadCpu now() {
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        return new ThreadCpu();
    }

    /** The CPU time of the calling thread so far, in nanoseconds. */
    static long currentThread() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * The CPU time, in nanoseconds, that the threads whose names match used between {@code earlier}
     * and this snapshot; a thread started in between counts from its start.
     */
    long since(ThreadCpu earlier, Predicate<String> name) {
        long sum = 0;
        for (Map.Entry<Long, Long> thread : nanos.entrySet()) {
            if (name.test(names.get(thread.getKey()))) {
                sum += thread.getValue() - earlier.nanos.getOrDefault(thread.getKey(), 0L);
            }
        }
        return sum;
    }

    /** The CPU time of the whole process between {@code earlier} and this snapshot, in nanoseconds. */
    long processSince(ThreadCpu earlier) {
        return process - earlier.process;
    }
}
