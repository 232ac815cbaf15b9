/** The whole life of a meeting with nothing but an API key (shown on /docs). */
export const QUICK_START = `export MINUTA=http://localhost:3000 KEY=mk_...   # Settings → API keys, or: npm run minuta -- api-key create --email you@example.com --name script
H=(-H "Authorization: Bearer $KEY" -H "Content-Type: application/json")

# 1. create a meeting
ID=$(curl -s "\${H[@]}" -X POST $MINUTA/api/v1/meetings -d '{"title":"Daily stand-up","language":"en"}' | jq -r .id)

# 2. append caption segments as they happen (retry freely: a repeated seq is a duplicate, never stored twice;
#    an Idempotency-Key names one request, so each meeting's batch gets its own)
curl -s "\${H[@]}" -X POST $MINUTA/api/v1/meetings/$ID/segments -H "Idempotency-Key: $ID-batch-1" -d '{"segments":[
  {"seq":0,"speaker":"Kim","text":"Yesterday I shipped the export.","startMs":0,"endMs":2500},
  {"seq":1,"speaker":"Raj","text":"I will fix the login bug by Friday.","startMs":2600,"endMs":5200}]}'

# 3. end it: analysis starts
curl -s "\${H[@]}" -X POST $MINUTA/api/v1/meetings/$ID/end

# 4. wait for ready
until [ "$(curl -s "\${H[@]}" $MINUTA/api/v1/meetings/$ID | jq -r .status)" = ready ]; do sleep 1; done

# 5. notes, action items, keywords
curl -s "\${H[@]}" $MINUTA/api/v1/meetings/$ID/insights | jq '.summary, .actionItems'

# 6. export the transcript (json, txt, vtt, srt or md)
curl -s "\${H[@]}" "$MINUTA/api/v1/meetings/$ID/transcript?format=vtt"`;
