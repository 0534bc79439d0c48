import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * Last-resort development database: the in-memory mongo-java-server on 127.0.0.1.
 * Usage: java -cp 'lib/*:classes' DevMongoServer [port]   (port 0 or absent: any free port)
 * Prints "LISTENING <port>" once bound, so the parent learns the port without racing for it.
 * Exits when its standard input closes: the parent holds the other end of that pipe, so the
 * server goes away even when the parent is killed without a chance to clean up.
 */
public final class DevMongoServer {
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("LISTENING " + address.getPort());
        System.out.flush();
        while (System.in.read() != -1) {
            // Input is ignored; only end-of-file matters.
        }
        System.exit(0);
    }
}
