package com.merchantdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void readsResidentAndPeakFromProcStatus() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  301234 kB", "VmRSS:\t  250000 kB",
                "Threads:\t42");
        assertThat(ProcessMemory.ofStatus(status)).contains(new ProcessMemory(250_000, 301_234));
        assertThat(ProcessMemory.ofStatus(List.of("Name:\tjava"))).isEmpty();
    }

    @Test
    void markerLineRoundTrips() {
        ProcessMemory memory = new ProcessMemory(262_144, 300_000);
        assertThat(ProcessMemory.parseMarkerLine(memory.markerLine())).contains(memory);
        assertThat(ProcessMemory.parseMarkerLine("some other line")).isEmpty();
        assertThat(memory.residentMb()).isEqualTo(256.0);
    }

    @Test
    void thisProcessHasSomeMemoryWhereThereIsProc() {
        if (java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/status"))) {
            ProcessMemory self = ProcessMemory.ofThisProcess().orElseThrow();
            assertThat(self.residentKb()).isPositive();
            assertThat(self.peakResidentKb()).isGreaterThanOrEqualTo(self.residentKb());
        } else {
            assertThat(ProcessMemory.ofThisProcess()).isEmpty();
        }
    }
}
