-- An answer the model provider cut off part-way is kept with what arrived, marked incomplete so a
-- reopened chat says so and a retry replaces it instead of stacking a second copy of the question.
alter table chat_messages add column incomplete boolean not null default false;
