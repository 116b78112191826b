# Frontdesk image: build with the same scripts CI runs, then run as a non-root user.
#   docker build -t frontdesk .
#   docker run -p 3000:3000 -v frontdesk-data:/data frontdesk
# Several instances: see compose.yaml and the README's "Deployment" section.

# ---- build: install (better-sqlite3 compiles if no prebuilt binary downloads), compile, prune ----
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# The README's install command (`npm ci` refuses lock files that omit other platforms' optional packages).
RUN npm install --no-audit --no-fund
# What `npm test` and `npm start` build: TypeScript (tsc -b), the widget and the console bundles.
RUN npm run build
RUN npm prune --omit=dev --no-audit --no-fund

# ---- run ----
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=3000 \
  FRONTDESK_DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Ready = the store, Redis (when set) and the migrations answer (GET /readyz); no curl in the slim image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM: open streams end with a `shutdown` event, requests finish (10 s), then the process exits.
STOPSIGNAL SIGTERM
CMD ["node", "packages/cli/dist/cli.js", "start"]
