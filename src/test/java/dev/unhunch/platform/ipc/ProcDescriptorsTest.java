package dev.unhunch.platform.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcDescriptorsTest {

    private static final List<String> NET_UNIX = List.of(
            "Num       RefCount Protocol Flags    Type St Inode Path",
            "0000000000000000: 00000003 00000000 00000000 0001 03 29999 /home/j ó/.local/state/unhunch/unhunch.sock",
            "0000000000000000: 00000002 00000000 00010000 0001 01 31337 /run/user/1000/unhunch/other.sock",
            "0000000000000000: 00000003 00000000 00000000 0001 03 40001",
            "0000000000000000: 00000002 00000000 00010000 0001 01 3000000000 /home/j ó/.local/state/unhunch/unhunch.sock");

    @Test
    void findsTheListeningSocketByItsWholePathEvenWithSpacesAndAboveTheIntRange() {
        // (the first line with that path is an accepted connection, which carries the same path)
        assertThat(ProcDescriptors.inode(NET_UNIX, "/home/j ó/.local/state/unhunch/unhunch.sock")).hasValue(3_000_000_000L);
        assertThat(ProcDescriptors.inode(NET_UNIX, "/run/user/1000/unhunch/other.sock")).hasValue(31337);
    }

    @Test
    void anUnknownPathOrAnUnnamedSocketGivesNothing() {
        assertThat(ProcDescriptors.inode(NET_UNIX, "/tmp/nope.sock")).isEmpty();
        assertThat(ProcDescriptors.inode(NET_UNIX, "40001")).isEmpty();
    }
}
