import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../common/db.js';
import type { AppConfig } from '../../config.js';

/**
 * A signed head checkpoint (D7): the newest chained event a verification
 * found sound, its hash, how many chained events lead up to it, and when.
 */
export interface HeadCheckpoint {
  lastEventId: number;
  headHash: string;
  chainedCount: number;
  at: Date;
}

/** The schema of the checkpoint table (its own, so the entity diff leaves it alone). */
export const CHECKPOINT_SCHEMA = 'trail_receipt';

/**
 * When the trail itself is dropped (`npm run seed -- --reset`), its
 * checkpoint file is renamed, not deleted; returns the new name, or null
 * when there was none.
 */
export async function setCheckpointFileAside(config: AppConfig['trailCheckpoint']): Promise<string | null> {
  const aside = `${config.file}.${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(config.file, aside);
    return aside;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export interface SignedCheckpoint extends HeadCheckpoint {
  signature: string;
}

/** What the signature covers, in a fixed order. */
function signedText(c: HeadCheckpoint): string {
  return `trail-checkpoint:v1:${c.lastEventId}:${c.headHash}:${c.chainedCount}:${c.at.toISOString()}`;
}

/**
 * Checkpoints kept twice: in `trail_receipt.checkpoint` and as JSON lines in
 * a file outside the database, each signed with an HMAC-SHA256 key that the
 * database never holds (TRAIL_CHECKPOINT_KEY, or a key file made with random
 * bytes on first use). Someone who can rewrite the trail's tables can
 * neither forge a checkpoint nor make the file forget the newest one.
 */
export class CheckpointStore {
  private key: Promise<Buffer> | null = null;

  constructor(private readonly config: AppConfig['trailCheckpoint']) {}

  private keyBytes(): Promise<Buffer> {
    this.key ??= this.loadKey();
    return this.key;
  }

  private async loadKey(): Promise<Buffer> {
    if (this.config.key) return Buffer.from(this.config.key, 'utf8');
    const file = this.config.keyFile;
    try {
      return Buffer.from((await readFile(file, 'utf8')).trim(), 'hex');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(file, randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // Another instance made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'hex');
  }

  async sign(checkpoint: HeadCheckpoint): Promise<SignedCheckpoint> {
    const signature = createHmac('sha256', await this.keyBytes())
      .update(signedText(checkpoint))
      .digest('hex');
    return { ...checkpoint, signature };
  }

  async isSigned(checkpoint: SignedCheckpoint): Promise<boolean> {
    const expected = Buffer.from((await this.sign(checkpoint)).signature, 'hex');
    const given = Buffer.from(checkpoint.signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Signs a checkpoint, stores it and appends it to the file. */
  async write(em: EntityManager, checkpoint: HeadCheckpoint): Promise<SignedCheckpoint> {
    const signed = await this.sign(checkpoint);
    await knexOf(em)(`${CHECKPOINT_SCHEMA}.checkpoint`).insert({
      last_event_id: signed.lastEventId,
      head_hash: signed.headHash,
      chained_count: signed.chainedCount,
      at: signed.at,
      signature: signed.signature,
    });
    await mkdir(dirname(this.config.file), { recursive: true });
    await appendFile(this.config.file, JSON.stringify({ ...signed, at: signed.at.toISOString() }) + '\n');
    return signed;
  }

  /**
   * The newest validly signed checkpoint, from the database or the file,
   * whichever names the later event (a row deleted from one is still in
   * the other). Forged or malformed entries are passed over.
   */
  async newest(em: EntityManager): Promise<SignedCheckpoint | null> {
    const candidates = [...(await this.fromDatabase(em)), ...(await this.fromFile())].sort(
      (a, b) => b.lastEventId - a.lastEventId || b.at.getTime() - a.at.getTime(),
    );
    for (const candidate of candidates) if (await this.isSigned(candidate)) return candidate;
    return null;
  }

  /** The newest few rows of the table (older ones only matter if these are all forged). */
  private async fromDatabase(em: EntityManager): Promise<SignedCheckpoint[]> {
    const rows: {
      last_event_id: number;
      head_hash: string;
      chained_count: number;
      at: Date;
      signature: string;
    }[] = await knexOf(em)(`${CHECKPOINT_SCHEMA}.checkpoint`)
      .select('last_event_id', 'head_hash', 'chained_count', 'at', 'signature')
      .orderBy([
        { column: 'last_event_id', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(20);
    return rows.map((r) => ({
      lastEventId: r.last_event_id,
      headHash: r.head_hash,
      chainedCount: r.chained_count,
      at: new Date(r.at),
      signature: r.signature,
    }));
  }

  private async fromFile(): Promise<SignedCheckpoint[]> {
    let text: string;
    try {
      text = await readFile(this.config.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const found: SignedCheckpoint[] = [];
    for (const line of text.split('\n')) {
      const parsed = parseLine(line);
      if (parsed) found.push(parsed);
    }
    return found;
  }
}

function parseLine(line: string): SignedCheckpoint | null {
  if (!line.trim()) return null;
  try {
    const v = JSON.parse(line) as Record<string, unknown>;
    const at = new Date(String(v.at));
    if (
      !Number.isInteger(v.lastEventId) ||
      !Number.isInteger(v.chainedCount) ||
      typeof v.headHash !== 'string' ||
      typeof v.signature !== 'string' ||
      Number.isNaN(at.getTime())
    )
      return null;
    return {
      lastEventId: v.lastEventId as number,
      headHash: v.headHash,
      chainedCount: v.chainedCount as number,
      at,
      signature: v.signature,
    };
  } catch {
    return null;
  }
}
