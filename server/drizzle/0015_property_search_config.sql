-- Each property keeps the text search configuration of its language, so a send reads it instead
-- of working it out from the locale for every message.
ALTER TABLE "properties" ADD COLUMN "search_config" "regconfig" GENERATED ALWAYS AS (messenger_search_config(locale)) STORED NOT NULL;