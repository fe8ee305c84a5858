// What content/_data/speakers.json may say: each speaker once, by id.
import { z } from "zod";
import { contactUrl, id } from "./fields.ts";

export const speakerSchema = z
  .object(
    {
      name: z.string({ required_error: "the speaker's name", invalid_type_error: "the speaker's name" }).trim().min(1, "the speaker's name"),
      url: contactUrl.optional(),
      bio: z.string({ invalid_type_error: "the speaker's biography as text" }).optional(),
      // A file of the site's own ("/images/speakers/ada.jpg"): a photo from another host would be a third-party request.
      photo: z.string({ invalid_type_error: 'a path from the site root such as "/images/speakers/ada.jpg"' }).regex(/^\/[^/\\]/, 'a path from the site root such as "/images/speakers/ada.jpg"').optional(),
    },
    { invalid_type_error: 'the speaker\'s fields, such as { "name": "Ada Lovelace" }' },
  )
  .strict();

export const speakersSchema = z.record(id, speakerSchema, { invalid_type_error: 'speakers by id, such as { "ada": { "name": "Ada Lovelace" } }' });

export type SpeakerFields = z.output<typeof speakerSchema>;
export type Speakers = z.output<typeof speakersSchema>;
