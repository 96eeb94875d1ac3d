-- The language of the pages a user chose (the language menu of every page), kept on the account so
-- that it follows them to another browser; null: the browser's cookie or Accept-Language decide.
ALTER TABLE app_user ADD COLUMN ui_lang text
    CONSTRAINT app_user_ui_lang_tag CHECK (ui_lang IS NULL OR ui_lang ~ '^[a-z]{2,3}$');
