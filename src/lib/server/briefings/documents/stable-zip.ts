import zlib from 'node:zlib';

/*
 * docx writes a zip whose bytes change on every render: entries are stamped with the time of
 * packing, hyperlinks get random relationship ids, and pictures a counter that runs across
 * documents. A pack's documents must give the same bytes for the same issue, so the zip is read
 * back and written again: every entry dated `date`, random ids renamed in order of appearance,
 * picture ids numbered from 1. Parts keep their order and content otherwise.
 */

interface Entry {
	name: string;
	data: Buffer;
}

/** The entries of a zip, unpacked (tests read parts of a .docx with it). */
export function readZip(zip: Buffer): Entry[] {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('The .docx is not a zip file: it has no end-of-directory record.');
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const entries: Entry[] = [];
	for (let i = 0; i < count; i++) {
		if (zip.readUInt32LE(at) !== 0x02014b50)
			throw new Error('The .docx zip directory is malformed.');
		const method = zip.readUInt16LE(at + 10);
		const size = zip.readUInt32LE(at + 20);
		const nameLength = zip.readUInt16LE(at + 28);
		const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
		const local = zip.readUInt32LE(at + 42);
		const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const raw = zip.subarray(start, start + size);
		entries.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
		at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
	}
	return entries;
}

function dosDateTime(date: Date): { time: number; day: number } {
	const year = Math.max(1980, date.getUTCFullYear());
	return {
		time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
		day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()
	};
}

function writeZip(entries: Entry[], date: Date): Buffer {
	const { time, day } = dosDateTime(date);
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const { name, data } of entries) {
		const nameBytes = Buffer.from(name, 'utf8');
		const packed = zlib.deflateRawSync(data, { level: 6 });
		const crc = zlib.crc32(data);
		const head = Buffer.alloc(30);
		head.writeUInt32LE(0x04034b50, 0);
		head.writeUInt16LE(20, 4);
		head.writeUInt16LE(0x0800, 6); // names are UTF-8
		head.writeUInt16LE(8, 8);
		head.writeUInt16LE(time, 10);
		head.writeUInt16LE(day, 12);
		head.writeUInt32LE(crc, 14);
		head.writeUInt32LE(packed.length, 18);
		head.writeUInt32LE(data.length, 22);
		head.writeUInt16LE(nameBytes.length, 26);
		const dir = Buffer.alloc(46);
		dir.writeUInt32LE(0x02014b50, 0);
		dir.writeUInt16LE(20, 4);
		dir.writeUInt16LE(20, 6);
		head.copy(dir, 8, 6, 30); // flags, method, time, date, crc, sizes, name length
		dir.writeUInt32LE(offset, 42);
		locals.push(head, nameBytes, packed);
		central.push(dir, nameBytes);
		offset += head.length + nameBytes.length + packed.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

/** docx's random relationship ids: "rId" and a lower-cased 21-character nanoid. */
const RANDOM_ID = /rId[a-z0-9_-]{21}(?![a-z0-9_-])/g;

export function stableDocx(zip: Buffer, date: Date): Buffer {
	const entries = readZip(zip);
	const ids = new Map<string, string>();
	// Relationship files sort before the parts that use their ids, so numbering follows the rels.
	const order = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of order) {
		if (!/\.(xml|rels)$/.test(entry.name)) continue;
		let text = entry.data.toString('utf8');
		text = text.replace(RANDOM_ID, (id) => {
			if (!ids.has(id)) ids.set(id, `rIdPw${ids.size + 1}`);
			return ids.get(id)!;
		});
		let picture = 0;
		text = text.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++picture}"`);
		entry.data = Buffer.from(text, 'utf8');
	}
	return writeZip(entries, date);
}
