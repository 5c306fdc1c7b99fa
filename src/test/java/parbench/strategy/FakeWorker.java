package parbench.strategy;

import java.io.DataInputStream;
import java.io.DataOutputStream;

/** A child that misbehaves on purpose, for the failure tests of {@link ChildJvm}. */
public final class FakeWorker {
    private FakeWorker() {
    }

    public static void main(String[] args) throws Exception {
        DataInputStream in = new DataInputStream(System.in);
        DataOutputStream out = new DataOutputStream(System.out);
        switch (args[0]) {
            case "exit3":
                in.readInt();
                System.err.println("worker crashed: out of cheese");
                System.exit(3);
                break;
            case "garbage":
                in.readInt();
                System.out.println("hello, I am not a protocol");
                System.out.flush();
                Thread.sleep(60_000);
                break;
            case "hang":
                System.err.println("about to hang");
                Thread.sleep(600_000);
                break;
            case "answer-once-then-hang":
                parbench.work.Task task = parbench.worker.Protocol.readTask(in);
                parbench.worker.Protocol.writeResult(out, task.run(null, 0), new long[0], 0);
                out.flush();
                System.err.println("about to hang");
                Thread.sleep(600_000);
                break;
            case "wrong-length":
                in.readInt();
                out.writeInt(parbench.worker.Protocol.RESPONSE_MAGIC);
                out.writeLong(42);
                out.writeInt(3);
                out.flush();
                Thread.sleep(60_000);
                break;
            case "noisy-start":
                // what a JVM's unified logging prints on stdout by default, before any answer
                System.out.println("[0.012s][warning][os,thread] Failed to start thread \"GC Thread#1\"");
                System.out.flush();
                parbench.worker.WorkerMain.main(new String[0]);
                break;
            case "no-vm":
                System.err.println("Error occurred during initialization of VM");
                System.err.println("Could not reserve enough space for object heap");
                System.exit(1);
                break;
            case "exit-after-answer":
                parbench.worker.WorkerMain.main(new String[0]);
                System.exit(5);
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }
}
