# Minuta: Next.js standalone server on Node 22, running as a non-root user.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# npm install runs patch-package (postinstall), which applies patches/ to node_modules.
COPY patches ./patches
RUN npm install --no-audit --no-fund

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    MINUTA_DATA_DIR=/data
# ffmpeg converts recordings; pocketsphinx is the offline English speech-to-text engine.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg pocketsphinx pocketsphinx-en-us \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 1001 minuta \
 && useradd --system --uid 1001 --gid minuta --home /app minuta \
 && mkdir -p /data && chown minuta:minuta /data
COPY --from=build --chown=minuta:minuta /app/.next/standalone ./
USER minuta
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.status<500?0:1)).catch(()=>process.exit(1))"
# The server applies supabase/migrations at start (instrumentation.ts); DATABASE_URL is required here.
CMD ["node", "server.js"]
