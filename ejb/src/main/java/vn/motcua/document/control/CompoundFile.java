package vn.motcua.document.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the names in the root storage of an OLE2 compound file ([MS-CFB]), the container of DOC and
 * XLS, to tell which program wrote it. Only the header, the allocation table and the directory are
 * read, never a stream's content; a malformed file yields no names rather than an error, and is then
 * simply not a Word or Excel file.
 */
final class CompoundFile {

    private static final int HEADER_SIZE = 512;
    private static final int END_OF_CHAIN = -2;
    private static final int BROKEN_CHAIN = Integer.MIN_VALUE;
    private static final int HEADER_DIFAT_ENTRIES = 109;
    private static final int DIRECTORY_ENTRY_SIZE = 128;
    // real directories are a few sectors; a longer chain is a crafted file and would only cost memory
    private static final int MAX_DIRECTORY_SECTORS = 1024;

    private final FileChannel channel;
    private final int sectorSize;
    private final long sectorCount;
    private int[] fatSectors;

    private CompoundFile(FileChannel channel, int sectorSize) throws IOException {
        this.channel = channel;
        this.sectorSize = sectorSize;
        this.sectorCount = (channel.size() + sectorSize - 1) / sectorSize - 1;
    }

    static Set<String> rootEntryNames(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < HEADER_SIZE) {
                return Set.of();
            }
            ByteBuffer header = read(channel, 0, HEADER_SIZE);
            int sectorShift = header.getShort(0x1E);
            if (sectorShift != 9 && sectorShift != 12) {
                return Set.of();
            }
            CompoundFile cfb = new CompoundFile(channel, 1 << sectorShift);
            return cfb.locateAllocationTable(header) ? cfb.rootNames(header.getInt(0x30)) : Set.of();
        }
    }

    /** Finds the sectors holding the allocation table, listed by the header and then by the DIFAT chain. */
    private boolean locateAllocationTable(ByteBuffer header) throws IOException {
        int count = header.getInt(0x2C);
        if (count <= 0 || count > sectorCount) {
            return false;
        }
        fatSectors = new int[count];
        int known = Math.min(count, HEADER_DIFAT_ENTRIES);
        for (int i = 0; i < known; i++) {
            fatSectors[i] = header.getInt(0x4C + 4 * i);
        }
        int difat = header.getInt(0x44);
        for (int hops = 0; known < count; hops++) {
            if (!isSector(difat) || hops > sectorCount) {
                return false;
            }
            ByteBuffer sector = sector(difat);
            for (int i = 0; i < sectorSize / 4 - 1 && known < count; i++) {
                fatSectors[known++] = sector.getInt(4 * i);
            }
            difat = sector.getInt(sectorSize - 4);
        }
        return true;
    }

    /** Walks the red-black tree of the root storage's children; directory entry 0 is the root itself. */
    private Set<String> rootNames(int firstDirectorySector) throws IOException {
        ByteArrayOutputStream chain = new ByteArrayOutputStream();
        BitSet seen = new BitSet();
        for (int s = firstDirectorySector; s != END_OF_CHAIN; s = next(s)) {
            if (!isSector(s) || seen.get(s) || seen.cardinality() >= MAX_DIRECTORY_SECTORS) {
                return Set.of();
            }
            seen.set(s);
            chain.write(sector(s).array());
        }
        ByteBuffer directory = ByteBuffer.wrap(chain.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        int entries = directory.capacity() / DIRECTORY_ENTRY_SIZE;
        Set<String> names = new HashSet<>();
        BitSet visited = new BitSet(entries);
        Deque<Integer> pending = new ArrayDeque<>();
        if (entries > 0) {
            pending.push(directory.getInt(0x4C));
        }
        while (!pending.isEmpty()) {
            int id = pending.pop();
            if (id < 0 || id >= entries || visited.get(id)) {
                continue;
            }
            visited.set(id);
            int at = id * DIRECTORY_ENTRY_SIZE;
            int nameBytes = Math.min(Short.toUnsignedInt(directory.getShort(at + 0x40)), 64);
            byte[] name = new byte[Math.max(nameBytes - 2, 0)];
            directory.get(at, name);
            names.add(new String(name, StandardCharsets.UTF_16LE));
            pending.push(directory.getInt(at + 0x44));
            pending.push(directory.getInt(at + 0x48));
        }
        return names;
    }

    /** The sector after this one in its chain, read from the allocation table. */
    private int next(int sector) throws IOException {
        int perSector = sectorSize / 4;
        int fatIndex = sector / perSector;
        if (fatIndex >= fatSectors.length || !isSector(fatSectors[fatIndex])) {
            return BROKEN_CHAIN;
        }
        long position = (long) (fatSectors[fatIndex] + 1) * sectorSize + 4L * (sector % perSector);
        return read(channel, position, 4).getInt(0);
    }

    private boolean isSector(int id) {
        return id >= 0 && id < sectorCount;
    }

    private ByteBuffer sector(int id) throws IOException {
        return read(channel, (long) (id + 1) * sectorSize, sectorSize);
    }

    /** Reads up to length bytes; a short last sector reads as if padded with zeros. */
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        int read;
        do {
            read = channel.read(buffer, position + buffer.position());
        } while (read > 0 && buffer.hasRemaining());
        return buffer.clear().order(ByteOrder.LITTLE_ENDIAN);
    }
}
