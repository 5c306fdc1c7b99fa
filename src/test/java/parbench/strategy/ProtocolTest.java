package parbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import parbench.work.Task;
import parbench.worker.Protocol;

class ProtocolTest {

    @Test
    void everyTaskKindRoundTrips() throws IOException {
        List<Task> tasks = List.of(new Task.RangeSum(5, 50_000_000), new Task.Squares(7, 9),
                new Task.Sleep(3, 50), new Task.Spin(2, 8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (Task t : tasks) {
            Protocol.writeTask(out, t);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        for (Task t : tasks) {
            assertEquals(t, Protocol.readTask(in));
        }
        assertNull(Protocol.readTask(in), "end of input between tasks is the end of work");
    }

    @Test
    void largeOutputsCrossInBlocksAndLandAtTheirOffset() throws IOException {
        int from = 1000;
        int to = 1000 + 3 * 8192 + 17;
        Task.Squares task = new Task.Squares(from, to);
        long[] chunk = new long[task.outputLength()];
        long result = task.run(chunk, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Protocol.writeResult(new DataOutputStream(bytes), result, chunk, chunk.length);
        long[] whole = new long[to];
        long back = Protocol.readResult(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), task, whole);
        assertEquals(result, back);
        assertEquals(0, whole[from - 1]);
        assertEquals((from + 1L) * (from + 1L), whole[from]);
        assertEquals((long) to * to, whole[to - 1]);
    }

    @Test
    void truncatedResponseIsAnError() throws IOException {
        Task.Squares task = new Task.Squares(0, 100);
        long[] chunk = new long[100];
        task.run(chunk, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Protocol.writeResult(new DataOutputStream(bytes), 100, chunk, 100);
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 9);
        assertThrows(IOException.class,
                () -> Protocol.readResult(new DataInputStream(new ByteArrayInputStream(cut)), task, new long[100]));
    }

    @Test
    void requestWithWrongMagicIsRejected() {
        byte[] junk = "GET / HTTP/1.1\r\n\r\n".getBytes();
        assertThrows(Protocol.ProtocolException.class,
                () -> Protocol.readTask(new DataInputStream(new ByteArrayInputStream(junk))));
    }
}
