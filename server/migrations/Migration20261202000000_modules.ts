import { Migration } from '@mikro-orm/migrations';

/** base64url (no padding) to text, for IDs the first trail events stored as global IDs. */
const fromBase64Url = (column: string) =>
  `convert_from(decode(rpad(translate(${column}, '-_', '+/'), ((length(${column}) + 3) / 4) * 4, '='), 'base64'), 'UTF8')`;
const toBase64Url = (text: string) =>
  `rtrim(translate(encode(convert_to(${text}, 'UTF8'), 'base64'), '+/', '-_'), '=')`;

/**
 * The module shape:
 * - an organization may have no English name (most Chinese ones have none),
 *   so the search function no longer turns a missing one into no match;
 * - the trail stores subjects and actors by stable type name and key, not by
 *   a global ID built from a class name. The first events keep hash version
 *   1, whose hash covered the global IDs; they are recomputed from type and
 *   key when verified, so the chain stays verifiable without being rewritten.
 */
export class Migration20261202000000_modules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization" alter column "english_name" drop not null;`);
    this.addSql(`drop index "organization_search_bigrams_idx";`);
    this
      .addSql(`create or replace function organization_search_bigrams(name text, english_name text, credit_code text)
      returns text[] language sql immutable parallel safe as $$
      select public.text_bigrams(lower(name)) || coalesce(public.text_bigrams(lower(english_name)), '{}')
          || public.text_bigrams(lower(credit_code))
    $$;`);
    this.addSql(
      `create index "organization_search_bigrams_idx" on "organization" using gin (organization_search_bigrams("name", "english_name", "credit_code"));`,
    );

    this.addSql(`alter table "audit_event"
      add column "subject_type" varchar(60) null,
      add column "subject_key" varchar(100) null,
      add column "actor_key" int null,
      add column "hash_version" smallint not null default 2;`);
    // The trail refuses updates; this one only splits stored IDs into the columns they encode.
    this.addSql(`alter table "audit_event" disable trigger "audit_event_no_update";`);
    this.addSql(`with decoded as (
        select id, ${fromBase64Url('subject_id')} as subject,
               case when actor_id is null then null else ${fromBase64Url('actor_id')} end as actor
          from audit_event)
      update audit_event e
         set hash_version = 1,
             subject_type = split_part(d.subject, ':', 1),
             subject_key = substr(d.subject, strpos(d.subject, ':') + 1),
             actor_key = nullif(split_part(d.actor, ':', 2), '')::int
        from decoded d
       where d.id = e.id;`);
    this.addSql(`alter table "audit_event" enable trigger "audit_event_no_update";`);
    this.addSql(`alter table "audit_event"
      alter column "subject_type" set not null,
      alter column "subject_key" set not null;`);
    this.addSql(`drop index "audit_event_subject_idx";`);
    this.addSql(`drop index "audit_event_actor_idx";`);
    this.addSql(`alter table "audit_event" drop column "subject_id", drop column "actor_id";`);
    this.addSql(
      `create index "audit_event_subject_idx" on "audit_event" ("subject_type", "subject_key", "id");`,
    );
    this.addSql(`create index "audit_event_actor_idx" on "audit_event" ("actor_key", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "audit_event" add column "subject_id" varchar(100) null, add column "actor_id" varchar(100) null;`,
    );
    this.addSql(`alter table "audit_event" disable trigger "audit_event_no_update";`);
    this.addSql(`update audit_event set
        subject_id = ${toBase64Url(`subject_type || ':' || subject_key`)},
        actor_id = case when actor_key is null then null else ${toBase64Url(`'Account:' || actor_key`)} end;`);
    this.addSql(`alter table "audit_event" enable trigger "audit_event_no_update";`);
    this.addSql(`alter table "audit_event" alter column "subject_id" set not null;`);
    this.addSql(`drop index "audit_event_subject_idx";`);
    this.addSql(`drop index "audit_event_actor_idx";`);
    this.addSql(
      `alter table "audit_event" drop column "subject_type", drop column "subject_key", drop column "actor_key", drop column "hash_version";`,
    );
    this.addSql(`create index "audit_event_subject_idx" on "audit_event" ("subject_id", "id");`);
    this.addSql(`create index "audit_event_actor_idx" on "audit_event" ("actor_id", "id");`);
  }
}
