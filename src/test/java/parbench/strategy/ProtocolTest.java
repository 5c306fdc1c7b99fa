package parbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import parbench.work.Task;
import parbench.worker.Protocol;
import parbench.worker.StrayOutput;

class ProtocolTest {

    @Test
    void everyTaskKindRoundTrips() throws IOException {
        List<Task> tasks = List.of(new Task.RangeSum(5, 50_000_000), new Task.Squares(7, 9, 3),
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
        Task.Squares task = new Task.Squares(from, to, 11);
        long[] chunk = new long[task.outputLength()];
        long result = task.run(chunk, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Protocol.writeResult(new DataOutputStream(bytes), result, chunk, chunk.length);
        long[] whole = new long[to];
        long back = Protocol.readResult(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), task, whole,
                new StrayOutput());
        assertEquals(result, back);
        assertEquals(0, whole[from - 1]);
        assertEquals((from + 12L) * (from + 12L), whole[from], "offset 11: (i + 1 + 11)^2");
        assertEquals((to + 11L) * (to + 11L), whole[to - 1]);
    }

    @Test
    void truncatedResponseIsAnError() throws IOException {
        Task.Squares task = new Task.Squares(0, 100, 0);
        long[] chunk = new long[100];
        task.run(chunk, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Protocol.writeResult(new DataOutputStream(bytes), 100, chunk, 100);
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 9);
        assertThrows(IOException.class,
                () -> Protocol.readResult(new DataInputStream(new ByteArrayInputStream(cut)), task, new long[100],
                        new StrayOutput()));
    }

    @Test
    void requestWithWrongMagicIsRejected() {
        byte[] junk = "GET / HTTP/1.1\r\n\r\n".getBytes();
        assertThrows(Protocol.ProtocolException.class,
                () -> Protocol.readTask(new DataInputStream(new ByteArrayInputStream(junk))));
    }

    @Test
    void strayOutputBeforeAnAnswerIsSkippedAndKept() throws IOException {
        // what a JVM prints on stdout at start-up unless told otherwise, then two answers with noise between
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("[0.012s][warning][os,thread] Failed to start thread\nPBRS PR 0xFE\n".getBytes());
        DataOutputStream out = new DataOutputStream(bytes);
        Protocol.writeResult(out, 45, new long[0], 0);
        out.write("noise".getBytes());
        Protocol.writeResult(out, 7, new long[0], 0);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        StrayOutput stray = new StrayOutput();
        Task task = new Task.RangeSum(0, 10);
        assertEquals(45, Protocol.readResult(in, task, null, stray));
        assertTrue(stray.reportOnce());
        assertEquals(7, Protocol.readResult(in, task, null, stray));
        assertEquals(52 + 13 + 5, stray.count(), "every byte outside an answer is counted");
        assertTrue(stray.quoted(200).startsWith("\"[0.012s][warning][os,thread] Failed to start thread | PBRS PR 0xFE"),
                stray.quoted(200));
        assertTrue(!stray.reportOnce(), "said once per child, not at every answer");
    }

    @Test
    void aChildThatOnlyPrintsHasNotAnswered() {
        byte[] text = "Hello from a kernel\n".getBytes();
        StrayOutput stray = new StrayOutput();
        IOException e = assertThrows(IOException.class, () -> Protocol.readResult(
                new DataInputStream(new ByteArrayInputStream(text)), new Task.RangeSum(0, 1), null, stray));
        assertTrue(e.getMessage().contains("without answering"), e.getMessage());
        assertEquals("\"Hello from a kernel\" (20 bytes)", stray.quoted(200));
    }
}
